package cymru.croeso.core.services;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a per-year series of capacity added (index 0 = the base year, as {@code CapacityAdjustments} gives it) into
 * the changes from a year that the calculators' {@code with…} methods take.
 *
 * @param fromYear the first year of the change
 * @param amount   places added from then on (negative: removed)
 */
record CapacitySteps(int fromYear, double amount) {

    static List<CapacitySteps> of(double[] addedPerYear, int baseYear) {
        List<CapacitySteps> steps = new ArrayList<>();
        double previous = 0;
        for (int i = 0; i < addedPerYear.length; i++) {
            if (addedPerYear[i] != previous) {
                steps.add(new CapacitySteps(baseYear + i, addedPerYear[i] - previous));
                previous = addedPerYear[i];
            }
        }
        return steps;
    }
}
