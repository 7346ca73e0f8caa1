package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.PeopleCount;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;

/**
 * A number read off a projection for every year from the base year to the end year, such as the total population;
 * any such number can be given a fan. The measure must read the result at once: a reused projection overwrites it.
 * An uncertainty run records the population alone, so a measure reads the population, not the components of change.
 */
@FunctionalInterface
public interface OutputMeasure {

    /** One value per year, base year first ({@code endYear − baseYear + 1} values). */
    double[] perYear(ProjectionResult result);

    /** People of every area, group, sex and age. */
    static OutputMeasure totalPopulation() {
        // The same sum, cell by cell in order, as ProjectionResult.total.
        return people(ProjectionSummary.ALL, ProjectionSummary.ALL, AgeBand.ALL_AGES);
    }

    /** People of an age band in one area or {@link ProjectionSummary#ALL}, one group or {@link ProjectionSummary#ALL}. */
    static OutputMeasure people(int area, int group, AgeBand band) {
        return new CountedMeasure.People(new PeopleCount(area, group, band));
    }

    /** People aged 16–64 in one area or {@link ProjectionSummary#ALL}. */
    static OutputMeasure workingAge(int area) {
        return people(area, ProjectionSummary.ALL, AgeBand.WORKING_AGE);
    }

    /** People aged 65 and over per person aged 16–64, in one area or {@link ProjectionSummary#ALL}. */
    static OutputMeasure oldAgeDependencyRatio(int area) {
        // As ProjectionSummary.oldAgeDependencyRatio: the 65+ total divided by the 16–64 total.
        return new CountedMeasure.Ratio(new PeopleCount(area, ProjectionSummary.ALL, AgeBand.OLD_AGE),
                new PeopleCount(area, ProjectionSummary.ALL, AgeBand.WORKING_AGE));
    }
}
