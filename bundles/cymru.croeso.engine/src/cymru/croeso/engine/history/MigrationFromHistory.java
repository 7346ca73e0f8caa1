package cymru.croeso.engine.history;

import cymru.croeso.engine.MigrationFlow;

/** Derives migration assumptions from history: mean annual counts, or mean rates of the population at risk. */
public final class MigrationFromHistory {

    private MigrationFromHistory() {
    }

    /** Mean count by sex and age over the reference years, laid out [sex][age]. */
    public static double[] meanCounts(ComponentHistory history, MigrationFlow flow, String area, YearRange years) {
        double[] mean = new double[2 * history.ages()];
        for (int y = years.first(); y <= years.last(); y++) {
            double[] counts = history.flow(flow, area, y);
            for (int i = 0; i < mean.length; i++) {
                mean[i] += counts[i] / years.count();
            }
        }
        return mean;
    }

    /**
     * Mean rate by sex and age over the reference years: count(y,s,a) / R(y,s,a), leaving out years in which a cell
     * has nobody at risk. Meaningful for out-flows, whose people come from the area's own population.
     */
    public static double[] meanRates(ComponentHistory history, MigrationFlow flow, String area, YearRange years) {
        int cells = 2 * history.ages();
        double[] sum = new double[cells];
        int[] counted = new int[cells];
        for (int y = years.first(); y <= years.last(); y++) {
            double[] counts = history.flow(flow, area, y);
            double[] atRisk = history.atRisk(area, y);
            for (int i = 0; i < cells; i++) {
                if (atRisk[i] > 0) {
                    sum[i] += counts[i] / atRisk[i];
                    counted[i]++;
                }
            }
        }
        for (int i = 0; i < cells; i++) {
            sum[i] = counted[i] == 0 ? 0 : sum[i] / counted[i];
        }
        return sum;
    }
}
