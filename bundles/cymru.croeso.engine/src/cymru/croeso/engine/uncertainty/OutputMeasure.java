package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;

/**
 * A number read off a projection for every year from the base year to the end year, such as the total population;
 * any such number can be given a fan. The measure must read the result at once: a reused projection overwrites it.
 */
@FunctionalInterface
public interface OutputMeasure {

    /** One value per year, base year first ({@code endYear − baseYear + 1} values). */
    double[] perYear(ProjectionResult result);

    /** People of every area, group, sex and age. */
    static OutputMeasure totalPopulation() {
        return result -> {
            double[] v = new double[result.endYear() - result.baseYear() + 1];
            for (int y = 0; y < v.length; y++) {
                v[y] = result.total(result.baseYear() + y);
            }
            return v;
        };
    }

    /** People of an age band in one area or {@link ProjectionSummary#ALL}, one group or {@link ProjectionSummary#ALL}. */
    static OutputMeasure people(int area, int group, AgeBand band) {
        return result -> {
            ProjectionSummary summary = new ProjectionSummary(result);
            double[] v = new double[result.endYear() - result.baseYear() + 1];
            for (int y = 0; y < v.length; y++) {
                v[y] = summary.total(result.baseYear() + y, area, group, band);
            }
            return v;
        };
    }

    /** People aged 16–64 in one area or {@link ProjectionSummary#ALL}. */
    static OutputMeasure workingAge(int area) {
        return people(area, ProjectionSummary.ALL, AgeBand.WORKING_AGE);
    }

    /** People aged 65 and over per person aged 16–64, in one area or {@link ProjectionSummary#ALL}. */
    static OutputMeasure oldAgeDependencyRatio(int area) {
        return result -> {
            ProjectionSummary summary = new ProjectionSummary(result);
            double[] v = new double[result.endYear() - result.baseYear() + 1];
            for (int y = 0; y < v.length; y++) {
                v[y] = summary.oldAgeDependencyRatio(result.baseYear() + y, area);
            }
            return v;
        };
    }
}
