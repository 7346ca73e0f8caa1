package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.PeopleCount;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;

import java.util.List;

/**
 * An output worked out from counts of people in every year. An uncertainty run makes every count its outputs need
 * in one pass over a draw's population (reading it once, not once per output), then hands each output its counts.
 */
sealed interface CountedMeasure extends OutputMeasure {

    /** The counts the output needs. */
    List<PeopleCount> counts();

    /** The output per year from the per-year totals of {@link #counts()}, in that order; the totals are not changed. */
    double[] of(double[][] totals);

    @Override
    default double[] perYear(ProjectionResult result) {
        return of(new ProjectionSummary(result).totalsByYear(counts()));
    }

    /** A count of people as it is. */
    record People(PeopleCount count) implements CountedMeasure {
        @Override
        public List<PeopleCount> counts() {
            return List.of(count);
        }

        @Override
        public double[] of(double[][] totals) {
            return totals[0].clone();
        }
    }

    /** One count per person of another, year by year. */
    record Ratio(PeopleCount numerator, PeopleCount denominator) implements CountedMeasure {
        @Override
        public List<PeopleCount> counts() {
            return List.of(numerator, denominator);
        }

        @Override
        public double[] of(double[][] totals) {
            double[] ratio = new double[totals[0].length];
            for (int y = 0; y < ratio.length; y++) {
                ratio[y] = totals[0][y] / totals[1][y];
            }
            return ratio;
        }
    }
}
