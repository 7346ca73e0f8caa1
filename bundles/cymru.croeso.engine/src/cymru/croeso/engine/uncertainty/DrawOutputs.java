package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.PeopleCount;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run's outputs off one draw's projection: the counts of people every {@link CountedMeasure} needs are made
 * together in one pass over the population (a count two outputs share is made once), other outputs read the
 * projection themselves.
 */
final class DrawOutputs {
    private final OutputMeasure[] outputs;
    private final List<PeopleCount> counts = new ArrayList<>();
    /** Per output, the positions of its counts in {@link #counts}; null for an output that reads the projection itself. */
    private final int[][] countsOf;

    DrawOutputs(OutputMeasure[] outputs) {
        this.outputs = outputs;
        countsOf = new int[outputs.length][];
        for (int m = 0; m < outputs.length; m++) {
            if (outputs[m] instanceof CountedMeasure counted) {
                countsOf[m] = counted.counts().stream().mapToInt(this::positionOf).toArray();
            }
        }
    }

    private int positionOf(PeopleCount count) {
        int k = counts.indexOf(count);
        if (k < 0) {
            counts.add(count);
            k = counts.size() - 1;
        }
        return k;
    }

    /** Every output's values per year, [output][year − base year]. */
    double[][] of(ProjectionResult result) {
        double[][] totals = counts.isEmpty() ? null : new ProjectionSummary(result).totalsByYear(counts);
        double[][] values = new double[outputs.length][];
        for (int m = 0; m < outputs.length; m++) {
            if (countsOf[m] == null) {
                values[m] = outputs[m].perYear(result);
            } else {
                double[][] own = new double[countsOf[m].length][];
                for (int j = 0; j < own.length; j++) {
                    own[j] = totals[countsOf[m][j]];
                }
                values[m] = ((CountedMeasure) outputs[m]).of(own);
            }
        }
        return values;
    }
}
