package cymru.croeso.engine.history;

import cymru.croeso.engine.MigrationFlow;

/**
 * How far a mid-year estimate differs from the previous year's estimate carried forward with that year's recorded
 * components by the engine's convention: ONS's "other changes" plus anything the convention does differently.
 *
 * @param area          area code
 * @param year          the estimate checked
 * @param net           estimate − reconstruction, summed over every cell (persons)
 * @param absoluteTotal Σ |estimate − reconstruction| over the cells
 * @param largestCell   the largest |estimate − reconstruction| of one sex-age cell
 */
public record AccountingResidual(String area, int year, double net, double absoluteTotal, double largestCell) {

    /** Rebuilds the estimate of {@code year} from the year before plus births, deaths and the four flows. */
    public static AccountingResidual of(ComponentHistory history, String area, int year) {
        double[] rebuilt = history.atRisk(area, year);
        double[] deaths = history.deaths(area, year);
        for (MigrationFlow flow : MigrationFlow.values()) {
            double[] counts = history.flow(flow, area, year);
            for (int i = 0; i < rebuilt.length; i++) {
                rebuilt[i] += flow.isInflow() ? counts[i] : -counts[i];
            }
        }
        double[] estimate = history.population(area, year);
        double net = 0;
        double abs = 0;
        double largest = 0;
        for (int i = 0; i < rebuilt.length; i++) {
            double r = estimate[i] - (rebuilt[i] - deaths[i]);
            net += r;
            abs += Math.abs(r);
            largest = Math.max(largest, Math.abs(r));
        }
        return new AccountingResidual(area, year, net, abs, largest);
    }
}
