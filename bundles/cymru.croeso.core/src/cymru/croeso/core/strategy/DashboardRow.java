package cymru.croeso.core.strategy;

import cymru.croeso.data.indicators.IntegrationIndicator;
import cymru.croeso.data.indicators.Polarity;
import cymru.croeso.data.indicators.RagStatus;
import cymru.croeso.model.Indicator;

/**
 * One indicator on the dashboard: its latest measurement for migrants and the UK-born, the gap, the baseline and
 * target in force, and the RAG status. Missing numbers are NaN.
 *
 * @param indicator  the project's indicator
 * @param known      the framework's catalogue entry with the same id, or null for an indicator of the project's own
 * @param id         its id ("2.3")
 * @param wording    what it measures
 * @param year       the year of the measurement shown, 0 when there is none
 * @param migrants   the value for migrants
 * @param ukBorn     the value for the UK-born
 * @param gap        migrants − UK-born
 * @param baseline   the baseline in force that year
 * @param target     the target in force (the largest shortfall accepted); NaN when none was entered
 * @param better     which direction is the better outcome
 * @param status     the RAG status against the target (against parity, 0, when no target was entered)
 */
public record DashboardRow(Indicator indicator, IntegrationIndicator known, String id, String wording, int year,
        double migrants, double ukBorn, double gap, double baseline, double target, Polarity better, RagStatus status) {

    /** Whether there is a measurement with both values to compare. */
    public boolean measured() {
        return !Double.isNaN(gap);
    }
}
