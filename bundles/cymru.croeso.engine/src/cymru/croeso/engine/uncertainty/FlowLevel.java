package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.MigrationFlow;

import java.util.EnumSet;
import java.util.Set;

/**
 * One uncertain multiplier on one or more migration flows of every group. A single draw shared by international in
 * and out scales net international migration by the same factor; separate levels let the flows vary independently.
 *
 * @param flows      the flows the multiplier scales (counts, scheduled totals or rates alike)
 * @param multiplier how the multiplier is spread (1 means the scenario as given)
 */
public record FlowLevel(Set<MigrationFlow> flows, Distribution multiplier) {

    public FlowLevel {
        if (flows.isEmpty()) {
            throw new IllegalArgumentException("a migration level must scale at least one flow");
        }
        flows = Set.copyOf(EnumSet.copyOf(flows));
    }

    /** A multiplier on international in- and out-migration alike, and so on net international migration. */
    public static FlowLevel netInternational(Distribution multiplier) {
        return new FlowLevel(EnumSet.of(MigrationFlow.INTERNATIONAL_IN, MigrationFlow.INTERNATIONAL_OUT), multiplier);
    }

    /** A multiplier on one flow alone. */
    public static FlowLevel of(MigrationFlow flow, Distribution multiplier) {
        return new FlowLevel(EnumSet.of(flow), multiplier);
    }
}
