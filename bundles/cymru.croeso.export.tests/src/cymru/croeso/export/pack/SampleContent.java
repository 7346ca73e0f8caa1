package cymru.croeso.export.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cymru.croeso.export.pack.BoardPackContent.Action;
import cymru.croeso.export.pack.BoardPackContent.Comparison;
import cymru.croeso.export.pack.BoardPackContent.Headline;
import cymru.croeso.export.pack.BoardPackContent.Indicator;
import cymru.croeso.export.pack.BoardPackContent.Population;
import cymru.croeso.export.pack.BoardPackContent.PopulationBlock;
import cymru.croeso.export.pack.BoardPackContent.Pyramid;
import cymru.croeso.export.pack.BoardPackContent.Rag;
import cymru.croeso.export.pack.BoardPackContent.Service;
import cymru.croeso.export.pack.BoardPackContent.ServiceTable;
import cymru.croeso.export.pack.BoardPackContent.ServiceYear;

/** Board pack content for tests: made-up but plausible figures with some small counts that must be protected. */
final class SampleContent {
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    static final List<String> BANDS = List.of("0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39",
            "40-44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+");
    static final List<String> GROUPS = List.of("UK-born", "EU-born", "Born elsewhere", "Sanctuary seekers");

    private SampleContent() {
    }

    static BoardPackContent of(int areas, List<String> scenarios) {
        List<String> names = new ArrayList<>();
        List<PopulationBlock> blocks = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            String area = a == 0 ? "Cardiff" : "Area " + (a + 1);
            names.add(area);
            for (int year = 2024; year <= 2040; year++) {
                blocks.add(new PopulationBlock(area, year, GROUPS, persons(a, year)));
            }
        }
        double[] males = new double[BANDS.size()];
        double[] females = new double[BANDS.size()];
        for (int b = 0; b < BANDS.size(); b++) {
            males[b] = 1200 - 60 * b + 0.4;
            females[b] = 1180 - 55 * b;
        }
        males[17] = 3.2; // a small count that must be suppressed, with a partner
        List<ServiceTable> services = new ArrayList<>();
        for (Service s : Service.values()) {
            List<ServiceYear> years = new ArrayList<>();
            for (int y = 2024; y <= 2034; y++) {
                double demand = s == Service.ESOL && y == 2024 ? 3 : 100 + 10 * (y - 2024) + 5 * s.ordinal();
                years.add(new ServiceYear(y, demand, 160));
            }
            services.add(new ServiceTable(s, years));
        }
        return new BoardPackContent("Newcomers to " + names.get(0) + ": board pack", names, scenarios,
                LocalDate.of(2026, 6, 1),
                List.of("ONS mid-year population estimates 2023 (Nomis)", "Home Office immigration statistics, year to March 2025"),
                List.of("Arrivals continue at the 2023-24 rate", "Fertility as in the Welsh 2022-based projections"),
                2024, 2040,
                List.of(new Headline("Residents born outside the UK", 41_230.4, 47_900.2, true),
                        new Headline("Sanctuary seekers aged 85+", 2, 3, true),
                        new Headline("Share of residents born outside the UK (%)", 11.2, 12.9, false)),
                new Population(BANDS, blocks),
                new Pyramid(names.get(0) + " 2024", BANDS, males, females),
                services,
                List.of(new Action("Open a second ESOL hub", "Cardiff and Vale College", "Council; Refugee Council",
                        LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 31), 85_000, Rag.AMBER),
                        new Action("Welcome packs in 12 languages", FORMULA_NAME, "+44 partners; -minus; @home",
                                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), 4_500, Rag.GREEN),
                        new Action("GP registration drive", "Health board", "Practices", null, null, 12_000, Rag.RED)),
                List.of(new Indicator("Employment rate, 16-64", "%", 64.1, 71.8, 70, Rag.AMBER),
                        new Indicator("Pupils achieving 5 GCSEs", "%", 58.0, 57.5, 60, Rag.GREEN)),
                scenarios.size() > 1
                        ? List.of(new Comparison("Residents born outside the UK, 2040", new double[] { 47_900, 52_300 }, true),
                                new Comparison("Sanctuary seekers aged 85+, 2040", new double[] { 3, 7 }, true),
                                new Comparison("ESOL places short, 2040 (%)", new double[] { 12.5, 20.25 }, false))
                        : List.of());
    }

    /** Deterministic persons by group and band, with small counts among older sanctuary seekers. */
    static double[][] persons(int area, int year) {
        double[][] p = new double[GROUPS.size()][BANDS.size()];
        for (int b = 0; b < BANDS.size(); b++) {
            p[0][b] = 2000 + 37 * area - 40 * b + (year - 2024) * 3.3;
            p[1][b] = 150 + 11 * area + (b < 10 ? 20 * b : 200 - 15 * b) + (year - 2024) * 0.7;
            p[2][b] = 90 + 7 * area + (b < 12 ? 9 * b : 200 - 14 * b);
            p[3][b] = b < 12 ? 12 + 3 * b + (area % 3) : Math.max(0, 17 - b + ((year + area) % 4)) * 0.9;
        }
        return p;
    }
}
