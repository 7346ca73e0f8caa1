package cymru.croeso.engine.services;

import java.util.List;

/**
 * A change to a capacity from a year onward: {@code amount} places, dwellings or list places added to the item at
 * {@code index} (a planning area and phase, a provider, an area) in {@code fromYear} and every later year.
 * A negative amount is a closure.
 */
public record StepChange(int index, int fromYear, double amount) {

    public StepChange {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("a step change needs a finite amount, not " + amount);
        }
    }

    /**
     * The capacity of every item in every year: {@code base[item] + Σ amounts of its changes from years ≤ year},
     * as {@code [yearIndex * items + item]}.
     */
    static double[] capacities(double[] base, List<StepChange> changes, int firstYear, int years) {
        int items = base.length;
        double[] out = new double[years * items];
        for (int y = 0; y < years; y++) {
            System.arraycopy(base, 0, out, y * items, items);
        }
        for (StepChange c : changes) {
            if (c.index < 0 || c.index >= items) {
                throw new IllegalArgumentException("step change for item " + c.index + ": there are " + items + " items");
            }
            for (int y = Math.max(0, c.fromYear - firstYear); y < years; y++) {
                out[y * items + c.index] += c.amount;
            }
        }
        return out;
    }
}
