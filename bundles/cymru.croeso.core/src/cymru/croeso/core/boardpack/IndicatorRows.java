package cymru.croeso.core.boardpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cymru.croeso.core.strategy.IndicatorDashboard;
import cymru.croeso.data.indicators.IndicatorCatalogue;
import cymru.croeso.data.indicators.IntegrationGap;
import cymru.croeso.data.indicators.IntegrationIndicator;
import cymru.croeso.data.indicators.Polarity;
import cymru.croeso.data.indicators.RagStatus;
import cymru.croeso.export.pack.BoardPackContent.Indicator;
import cymru.croeso.export.pack.BoardPackContent.Rag;
import cymru.croeso.model.Measurement;
import cymru.croeso.model.Project;

/**
 * The project's integration indicators as the pack's Indicators sheet shows them: for each indicator, its latest
 * whole-project measurement (no area) that has both a migrants' and a UK-born value, with the gap and its RAG status
 * by {@link IntegrationGap}. The measurement's target is read as the largest shortfall accepted, in the indicator's
 * units (none entered: 0, parity). An indicator whose id is one of the framework's (such as 2.3) takes the
 * framework's wording and polarity; any other is read as higher-is-better. Indicators without such a measurement
 * (the sample's household projections, say) are left out: there is no gap to show.
 */
final class IndicatorRows {
    /** The framework's key indicators are percentages of a population. */
    static final String UNIT = "%";

    private IndicatorRows() {
    }

    static List<Indicator> of(Project project, IndicatorCatalogue catalogue, Locale locale) {
        List<Indicator> rows = new ArrayList<>();
        for (cymru.croeso.model.Indicator indicator : project.getIndicators()) {
            Measurement latest = null;
            for (Measurement m : indicator.getMeasurements()) {
                if (m.getArea() == null && m.getMigrants() != null && m.getUkBorn() != null
                        && (latest == null || m.getYear() > latest.getYear())) {
                    latest = m;
                }
            }
            if (latest == null) {
                continue;
            }
            IntegrationIndicator known = find(catalogue, indicator.getId());
            Polarity better = known == null ? Polarity.HIGHER_IS_BETTER : known.better();
            String wording = IndicatorDashboard.wording(indicator, known, locale);
            double target = latest.getTarget() == null ? 0 : latest.getTarget();
            RagStatus status = IntegrationGap.status(latest.getMigrants(), latest.getUkBorn(), better, target);
            rows.add(new Indicator((known != null ? known.id() + " " : "") + wording + " (" + latest.getYear() + ")",
                    UNIT, latest.getMigrants(), latest.getUkBorn(), target, rag(status)));
        }
        return rows;
    }

    private static IntegrationIndicator find(IndicatorCatalogue catalogue, String id) {
        return catalogue.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private static Rag rag(RagStatus status) {
        return switch (status) {
            case GREEN -> Rag.GREEN;
            case AMBER -> Rag.AMBER;
            // both values are present here, so there is always data; red is the cautious reading otherwise
            case RED, NO_DATA -> Rag.RED;
        };
    }
}
