package cymru.croeso.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cymru.croeso.data.indicators.IndicatorCatalogue;
import cymru.croeso.data.indicators.IntegrationGap;
import cymru.croeso.data.indicators.IntegrationIndicator;
import cymru.croeso.data.indicators.Polarity;
import cymru.croeso.data.indicators.RagStatus;
import cymru.croeso.model.Area;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.Measurement;
import cymru.croeso.model.Project;

/**
 * The indicators dashboard: the project's indicators under the framework's seven domains, each with its latest
 * measurement for one area (or the whole project), the gap and its RAG status by {@link IntegrationGap}.
 *
 * <p>Rules, the same as the board pack's Indicators sheet where they overlap: the measurement shown is the latest of
 * the area's measurements that has both a migrants' and a UK-born value (failing that, the latest with either, shown
 * with status "no data"). Baseline and target are entered with a measurement but hold until changed: the dashboard
 * shows the latest entered in or before the year shown. The target is read as the largest shortfall accepted, in
 * the indicator's units; with none entered the status is judged against parity (0). An indicator whose id is one of
 * the framework's takes the framework's polarity; any other is read as higher-is-better.
 */
public final class IndicatorDashboard {

    private IndicatorDashboard() {
    }

    /** A domain's heading and its indicators, in the project's order. */
    public record Section(IntegrationDomain domain, String title, List<DashboardRow> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * The seven domains in the framework's order, each listed whether it has indicators or not (every indicator has a
     * domain: the model's default is the first, work).
     *
     * @param area the area whose measurements to show; null for the whole project
     */
    public static List<Section> of(Project project, IndicatorCatalogue catalogue, Area area, Locale locale) {
        StrategyWords words = StrategyWords.of(locale);
        List<Section> sections = new ArrayList<>();
        for (IntegrationDomain domain : IntegrationDomain.VALUES) {
            sections.add(new Section(domain, words.format("dashboard.domain", FrameworkThemes.number(domain),
                    words.get("domain." + domain.getLiteral())), rows(project, catalogue, area, domain, locale)));
        }
        return sections;
    }

    private static List<DashboardRow> rows(Project project, IndicatorCatalogue catalogue, Area area, IntegrationDomain domain,
            Locale locale) {
        List<DashboardRow> rows = new ArrayList<>();
        for (Indicator indicator : project.getIndicators()) {
            if (indicator.getDomain() == domain) {
                rows.add(row(indicator, find(catalogue, indicator.getId()), area, locale));
            }
        }
        return rows;
    }

    /** One indicator's row for an area (null: the whole project), worded in {@code locale}. */
    public static DashboardRow row(Indicator indicator, IntegrationIndicator known, Area area, Locale locale) {
        Measurement shown = latest(indicator, area, true);
        if (shown == null) {
            shown = latest(indicator, area, false);
        }
        Polarity better = known == null ? Polarity.HIGHER_IS_BETTER : known.better();
        String wording = wording(indicator, known, locale);
        // the framework words its indicators as running text ("percentage employed …"); a row starts a sentence
        wording = wording.isEmpty() ? wording : Character.toUpperCase(wording.charAt(0)) + wording.substring(1);
        String id = indicator.getId() == null ? "" : indicator.getId();
        if (shown == null) {
            return new DashboardRow(indicator, known, id, wording, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, better, RagStatus.NO_DATA);
        }
        double migrants = value(shown.getMigrants());
        double ukBorn = value(shown.getUkBorn());
        double baseline = inForce(indicator, area, shown.getYear(), true);
        double target = inForce(indicator, area, shown.getYear(), false);
        RagStatus status = IntegrationGap.status(migrants, ukBorn, better, Double.isNaN(target) ? 0 : target);
        return new DashboardRow(indicator, known, id, wording, shown.getYear(), migrants, ukBorn,
                IntegrationGap.gap(migrants, ukBorn), baseline, target, better, status);
    }

    /**
     * What an indicator is called in {@code locale}: the planner's own wording if they wrote one, else (blank, or
     * still the framework's English as {@link MeasurementEdits#addFramework} copied it) the framework's wording in
     * {@code locale}, so a framework indicator reads in Welsh in a Welsh workbench and follows a switch of language.
     */
    public static String wording(Indicator indicator, IntegrationIndicator known, Locale locale) {
        String own = indicator.getWording();
        boolean frameworks = own == null || own.isBlank() || known != null && own.strip().equals(known.wording());
        if (!frameworks) {
            return own;
        }
        return known != null ? known.wording(locale) : String.valueOf(indicator.getId());
    }

    /** The area's latest measurement with both values ({@code both}) or with either; null when none. */
    static Measurement latest(Indicator indicator, Area area, boolean both) {
        Measurement latest = null;
        for (Measurement m : indicator.getMeasurements()) {
            boolean values = both ? m.getMigrants() != null && m.getUkBorn() != null
                    : m.getMigrants() != null || m.getUkBorn() != null;
            if (m.getArea() == area && values && (latest == null || m.getYear() > latest.getYear())) {
                latest = m;
            }
        }
        return latest;
    }

    /** The baseline (or target) entered latest in or before {@code year} for the area; NaN when none. */
    static double inForce(Indicator indicator, Area area, int year, boolean baseline) {
        Measurement from = null;
        for (Measurement m : indicator.getMeasurements()) {
            Double v = baseline ? m.getBaseline() : m.getTarget();
            if (m.getArea() == area && v != null && m.getYear() <= year && (from == null || m.getYear() > from.getYear())) {
                from = m;
            }
        }
        return from == null ? Double.NaN : baseline ? from.getBaseline() : from.getTarget();
    }

    /** The framework's indicator with the project indicator's id, or null. */
    public static IntegrationIndicator find(IndicatorCatalogue catalogue, String id) {
        return id == null ? null : catalogue.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private static double value(Double v) {
        return v == null ? Double.NaN : v;
    }
}
