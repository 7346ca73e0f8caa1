/**
 * Scenarios as the planner sees them, turned into engine runs: inheritance of assumptions along a scenario's
 * parent chain, strategy actions' effects, the model-to-engine adapter, the runner, comparisons and templates.
 *
 * <h2>How a scenario's assumptions are worked out</h2>
 * <p>A scenario starts from the project's {@code Assumptions}. Its parent chain is walked root first; every
 * {@code ScenarioOverride} of every scenario in the chain, in list order, becomes an {@link
 * cymru.croeso.core.scenario.AssumptionChange} of its target from its {@code fromYear}. Then the effects of the
 * strategy actions the chain switches on that change a rate or a flow become changes too, from the effect's
 * {@code fromYear} to its {@code toYear} (or the end of the horizon when it has none). An action switched on by a
 * scenario stays on in its children, unless a child lists it among its {@code disabledActions}; a grandchild may
 * switch it on again. In a year Y an assumption's value is its stated value with every change that covers Y
 * applied in that order:
 * <ul>
 * <li>multiplier: the level is multiplied (rates, counts, totals, intakes, TFR);</li>
 * <li>absolute: the level is replaced (a total, an intake, a TFR, a transition share);</li>
 * <li>added flow: people a year are added to a migration flow (spread like the flow) or to a special flow
 * (inside the special flow's own years);</li>
 * <li>rate points (strategy effects on a rate): the amount is added to every rate, kept within 0 … 1.</li>
 * </ul>
 * <p>Effects on capacities (ESOL places, school places, ESOL uptake) do not change the projection; they become
 * per-year {@link cymru.croeso.core.scenario.CapacityAdjustments} for the service calculators.
 *
 * <h2>Sexes</h2>
 * <p>The model stores every sex-indexed array male first ({@code PopulationCube.MALE = 0}, as croeso.ecore's package
 * documentation says); the engine female first ({@code Sex.FEMALE = 0}). {@link cymru.croeso.core.scenario.SexOrder}
 * is the one place that converts.
 */
package cymru.croeso.core.scenario;
