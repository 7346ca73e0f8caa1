package cymru.croeso.engine.services;

import java.util.ArrayList;
import java.util.List;

/**
 * What the GP-registration calculation assumes: the share of each group registered with a GP, and the list
 * capacity of each area's practices with its changes.
 *
 * @param registrationRate share registered with a GP, per group
 * @param listCapacity     patients the area's practices can take in the base year, per area
 * @param capacityChanges  changes to list capacity from a year, indexed by area
 */
public record GpAssumptions(double[] registrationRate, double[] listCapacity, List<StepChange> capacityChanges) {

    public GpAssumptions {
        registrationRate = registrationRate.clone();
        listCapacity = listCapacity.clone();
        capacityChanges = List.copyOf(capacityChanges);
    }

    /** The default registration rate for every group. */
    public static GpAssumptions withDefaults(int groups, double[] listCapacity) {
        return new GpAssumptions(ServiceDefaults.filled(groups, ServiceDefaults.GP_REGISTRATION_RATE), listCapacity, List.of());
    }

    /** The same assumptions with {@code patients} more list places in an area from {@code fromYear}. */
    public GpAssumptions withCapacityChange(int area, int fromYear, double patients) {
        List<StepChange> changes = new ArrayList<>(capacityChanges);
        changes.add(new StepChange(area, fromYear, patients));
        return new GpAssumptions(registrationRate, listCapacity, changes);
    }

    // Accessors copy, so that the assumptions stay immutable; calculators read each array once.
    @Override
    public double[] registrationRate() {
        return registrationRate.clone();
    }

    @Override
    public double[] listCapacity() {
        return listCapacity.clone();
    }
}
