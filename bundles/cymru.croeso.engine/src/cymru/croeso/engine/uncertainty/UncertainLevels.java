package cymru.croeso.engine.uncertainty;

import cymru.croeso.engine.MigrationFlow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The levels a planner is unsure of and how each is spread: multipliers on migration flows and a multiplier on
 * fertility (the total fertility rate, every age-specific rate scaled alike). Flows with no level keep the scenario's
 * values. Special flows (planned intakes) are decisions, not uncertain levels, and are never scaled.
 *
 * @param migration levels on migration flows; each flow is named by at most one level
 * @param fertility the multiplier on fertility rates
 */
public record UncertainLevels(List<FlowLevel> migration, Distribution fertility) {

    public UncertainLevels {
        migration = List.copyOf(migration);
        Set<MigrationFlow> seen = EnumSet.noneOf(MigrationFlow.class);
        for (FlowLevel level : migration) {
            for (MigrationFlow flow : level.flows()) {
                if (!seen.add(flow)) {
                    throw new IllegalArgumentException(flow + " has two uncertain levels; give each flow one level");
                }
            }
        }
    }

    /** The common case: one multiplier on net international migration and one on fertility. */
    public static UncertainLevels of(Distribution netInternational, Distribution fertility) {
        return new UncertainLevels(List.of(FlowLevel.netInternational(netInternational)), fertility);
    }
}
