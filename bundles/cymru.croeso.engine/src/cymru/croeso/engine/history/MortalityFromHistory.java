package cymru.croeso.engine.history;

/**
 * Derives mortality rates from history: m(s,a) = the mean over the reference years y of deaths(y,s,a) / R(y,s,a),
 * R being the population at risk of the engine's convention.
 */
public final class MortalityFromHistory {

    private MortalityFromHistory() {
    }

    /**
     * Rates laid out [sex][age]. A year in which a cell has nobody at risk says nothing about its rate and is left
     * out of that cell's mean; a cell with nobody at risk in any reference year gets rate 0.
     */
    public static double[] rates(ComponentHistory history, String area, YearRange years) {
        int cells = 2 * history.ages();
        double[] sum = new double[cells];
        int[] counted = new int[cells];
        for (int y = years.first(); y <= years.last(); y++) {
            double[] atRisk = history.atRisk(area, y);
            double[] deaths = history.deaths(area, y);
            for (int i = 0; i < cells; i++) {
                if (atRisk[i] > 0) {
                    sum[i] += deaths[i] / atRisk[i];
                    counted[i]++;
                }
            }
        }
        double[] m = new double[cells];
        for (int i = 0; i < cells; i++) {
            m[i] = counted[i] == 0 ? 0 : sum[i] / counted[i];
        }
        return m;
    }
}
