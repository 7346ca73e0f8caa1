package cymru.croeso.export.pack;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a board pack shows, as plain immutable values: core fills it from the model and the engine's results,
 * so that this bundle needs neither. Free text (names, provenance, assumptions, actions) is written as given, in the
 * pack's language; persons are as the engine computes them (fractional) and are counted and protected on export.
 *
 * @param title       the pack's title
 * @param areas       the area or areas covered
 * @param scenarios   the scenario first, then any compared with it
 * @param date        the date the pack is produced
 * @param provenance  one line per source (publisher, table, release)
 * @param assumptions the assumptions in brief, one line each
 * @param baseYear    the first projected year, for the summary
 * @param horizonYear the last projected year, for the summary
 * @param headlines   the summary's headline figures
 * @param population  persons by group and five-year band, one block per area and year
 * @param pyramid     the population pyramid in five-year bands
 * @param services    demand against capacity for schools, ESOL, housing and GPs (any may be absent)
 * @param actions     the strategy's action plan
 * @param indicators  integration indicators, migrants against UK-born
 * @param comparison  measures side by side for each scenario (empty with a single scenario)
 * @param costs       what the first scenario's switched-on actions cost each year, or {@code null} for no costs sheet
 */
public record BoardPackContent(String title, List<String> areas, List<String> scenarios, LocalDate date,
        List<String> provenance, List<String> assumptions, int baseYear, int horizonYear, List<Headline> headlines,
        Population population, Pyramid pyramid, List<ServiceTable> services, List<Action> actions,
        List<Indicator> indicators, List<Comparison> comparison, Costs costs) {

    /** A pack without a costs sheet. */
    public BoardPackContent(String title, List<String> areas, List<String> scenarios, LocalDate date,
            List<String> provenance, List<String> assumptions, int baseYear, int horizonYear, List<Headline> headlines,
            Population population, Pyramid pyramid, List<ServiceTable> services, List<Action> actions,
            List<Indicator> indicators, List<Comparison> comparison) {
        this(title, areas, scenarios, date, provenance, assumptions, baseYear, horizonYear, headlines, population,
                pyramid, services, actions, indicators, comparison, null);
    }

    public BoardPackContent {
        areas = List.copyOf(areas);
        scenarios = List.copyOf(scenarios);
        provenance = List.copyOf(provenance);
        assumptions = List.copyOf(assumptions);
        headlines = List.copyOf(headlines);
        services = List.copyOf(services);
        actions = List.copyOf(actions);
        indicators = List.copyOf(indicators);
        comparison = List.copyOf(comparison);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a board pack needs at least one scenario");
        }
    }

    /** Red, amber, green status of an action or indicator. */
    public enum Rag {
        RED, AMBER, GREEN
    }

    /** The four services whose demand the pack sets against capacity, in the order of their sheets. */
    public enum Service {
        SCHOOLS, ESOL, HOUSING, GP
    }

    /** A headline figure at the base and horizon years; {@code count} when it counts people (and so is protected). */
    public record Headline(String measure, double base, double horizon, boolean count) {
    }

    /** Persons by group × five-year band, in blocks of one area and year. */
    public record Population(List<String> bands, List<PopulationBlock> blocks) {
        public Population {
            bands = List.copyOf(bands);
            blocks = List.copyOf(blocks);
        }
    }

    /** One area's persons in one year: {@code persons[group][band]}. */
    public record PopulationBlock(String area, int year, List<String> groups, double[][] persons) {
        public PopulationBlock {
            groups = List.copyOf(groups);
            persons = deepCopy(persons);
        }

        @Override
        public double[][] persons() {
            return deepCopy(persons);
        }
    }

    /** Males and females by five-year band (youngest first) for one area and year. */
    public record Pyramid(String caption, List<String> bands, double[] males, double[] females) {
        public Pyramid {
            bands = List.copyOf(bands);
            males = males.clone();
            females = females.clone();
            if (males.length != bands.size() || females.length != bands.size()) {
                throw new IllegalArgumentException("a pyramid needs one male and one female value per band");
            }
        }

        @Override
        public double[] males() {
            return males.clone();
        }

        @Override
        public double[] females() {
            return females.clone();
        }
    }

    /** A service's demand (people, protected) against capacity (places, published as is), year by year. */
    public record ServiceTable(Service service, List<ServiceYear> years) {
        public ServiceTable {
            years = List.copyOf(years);
        }
    }

    public record ServiceYear(int year, double demand, double capacity) {
    }

    /** One row of the action plan; {@code cost} in pounds. */
    public record Action(String action, String lead, String partners, LocalDate start, LocalDate due, double cost,
            Rag status) {
    }

    /**
     * What the strategy actions switched on in a scenario cost each year, by theme and by lead organisation; pounds,
     * not counts of people, so published in full. Both breakdowns share out the same total.
     *
     * @param scenario  the scenario whose actions they are
     * @param firstYear the year of the first value of every line
     * @param byTheme   one line per theme
     * @param byLead    one line per lead organisation
     */
    public record Costs(String scenario, int firstYear, List<CostLine> byTheme, List<CostLine> byLead) {
        public Costs {
            byTheme = List.copyOf(byTheme);
            byLead = List.copyOf(byLead);
        }
    }

    /** A theme's or lead organisation's cost in pounds, year by year from {@link Costs#firstYear()}. */
    public record CostLine(String name, double[] perYear) {
        public CostLine {
            perYear = perYear.clone();
        }

        @Override
        public double[] perYear() {
            return perYear.clone();
        }
    }

    /** An indicator as a rate (per cent, say, named in {@code unit}) for migrants and the UK-born, and its target. */
    public record Indicator(String indicator, String unit, double migrants, double ukBorn, double target, Rag status) {
        /** Migrants less UK-born: the gap the strategy aims to close. */
        public double gap() {
            return migrants - ukBorn;
        }
    }

    /** One measure in each scenario, in the order of {@link BoardPackContent#scenarios()}. */
    public record Comparison(String measure, double[] values, boolean count) {
        public Comparison {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
