package cymru.croeso.core.services;

import java.util.Arrays;

import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.engine.services.HeadshipCalibration;
import cymru.croeso.engine.services.HousingAssumptions;
import cymru.croeso.engine.services.ProjectedPopulation;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.Measurement;
import cymru.croeso.model.Project;

/**
 * Calibrates headship rates to the household projections a project carries: the indicator
 * {@value SampleProject#HOUSEHOLDS_INDICATOR} (the Welsh Government 2014-based projections in the sample), whose
 * measurements give each area's projected households in a year as their baseline. The rates are scaled per area so
 * that the households of the earliest year that both the projection and the indicator cover equal the indicator's
 * (2014 for the sample, whose projection starts in 2011).
 *
 * <p>The rates are worked out on the population of the scenario's root (the scenario with no parent it descends
 * from, {@code principal} in the sample) and then kept for every scenario of the family, so that a variant's extra
 * migrants show as extra households instead of being calibrated away.
 */
public final class HouseholdCalibration {

    private HouseholdCalibration() {
    }

    /**
     * @param reference the root scenario's projected population
     * @return the calibrated assumptions and the year used, or {@code null} when the project carries no household
     *         projections for a year of the projection
     */
    public static Calibrated calibrate(Project project, ProjectedPopulation reference, HousingAssumptions assumptions) {
        Indicator households = project.getIndicators().stream()
                .filter(i -> SampleProject.HOUSEHOLDS_INDICATOR.equals(i.getId())).findFirst().orElse(null);
        if (households == null) {
            return null;
        }
        int year = Integer.MAX_VALUE;
        for (Measurement m : households.getMeasurements()) {
            if (m.getBaseline() != null && m.getYear() >= reference.firstYear() && m.getYear() <= reference.lastYear()) {
                year = Math.min(year, m.getYear());
            }
        }
        if (year == Integer.MAX_VALUE) {
            return null;
        }
        double[] targets = new double[reference.shape().areas()];
        Arrays.fill(targets, Double.NaN);
        for (Measurement m : households.getMeasurements()) {
            int area = m.getArea() == null ? -1 : reference.shape().areaCodes().indexOf(m.getArea().getCode());
            if (m.getYear() == year && area >= 0 && m.getBaseline() != null) {
                targets[area] = m.getBaseline();
            }
        }
        HeadshipCalibration c = HeadshipCalibration.calibrate(reference, assumptions, year, targets);
        return new Calibrated(c.calibrated(), year, targets, c.factors());
    }

    /**
     * Headship rates fitted to the household projections.
     *
     * @param assumptions the housing assumptions with calibrated rates
     * @param year        the year the households were matched in
     * @param targets     the households per area matched (NaN where the indicator has none)
     * @param factors     the factor each area's default rates were scaled by
     */
    public record Calibrated(HousingAssumptions assumptions, int year, double[] targets, double[] factors) {
    }
}
