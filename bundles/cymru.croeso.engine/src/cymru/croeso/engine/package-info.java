/**
 * The cohort-component projection engine: single year of age, sex, origin group and area,
 * in plain Java (JDK only) so that it runs alike in tests, benchmarks, the CLI and the workbench.
 *
 * <h2>The convention</h2>
 * <p>The projection moves in annual steps from one mid-year population P(t−1) to the next, P(t).
 * Every rate is indexed by <em>age at the end of the year</em> and is applied to the
 * <em>population at risk</em> R(t):
 * <ul>
 * <li>R(t,s,a) = P(t−1,s,a−1) for 1 ≤ a &lt; top: the start-of-year population aged on one year;</li>
 * <li>R(t,s,top) = P(t−1,s,top−1) + P(t−1,s,top): the open top group keeps its survivors;</li>
 * <li>R(t,s,0) = the births of the year, which form age 0.</li>
 * </ul>
 * <p><b>Births</b>(t) = Σ<sub>a</sub> f(a)·R(t,F,a) summed over women of every group, with f the
 * age-specific fertility rate of the mother's group; a share (default 105/205) are boys. All births
 * go to one destination group, {@link cymru.croeso.engine.FertilityAssumption#birthGroup()},
 * by default group 0 (UK-born).
 * <p><b>Deaths</b>(t,s,a) = m(s,a)·R(t,s,a), including the deaths of the year's babies at age 0.
 * <p><b>Migration</b>: in-flows are added to the end population (migrants arriving during the
 * year are not themselves exposed to the year's fertility or mortality); out-flows are removed.
 * An out-flow given as a rate is a rate of the area's own population at risk; an internal in-flow
 * given as a rate is a rate of a reference population (for example the rest of the country).
 * <p><b>Group transitions</b>: a share of group A's population at risk moves to group B.
 * <b>Special flows</b> add a fixed intake to a group with an age–sex profile.
 * <p>The end population of every cell is
 * <pre>
 *   P(t) = R − deaths + internal in + international in − internal out − international out
 *          + transitions in − transitions out + special flows
 * </pre>
 * and this identity holds for every cell and every year of a {@link cymru.croeso.engine.ProjectionResult}
 * with the components as recorded there.
 *
 * <h2>Caps</h2>
 * <p>A cell never goes negative. Flows are applied in a fixed order and each is capped at what the
 * cell still holds: deaths at R; transitions out (all destinations together, scaled alike) at
 * R − deaths; the two out-flows (scaled alike) at everything the cell holds after deaths,
 * transitions, in-flows and special flows. Every cap is reported as a
 * {@link cymru.croeso.engine.FlowCap} in the result, never applied silently.
 *
 * <h2>Layout</h2>
 * <p>Cells are stored in flat {@code double[]} arrays in the order area, group, sex, age
 * (see {@link cymru.croeso.engine.PopulationShape#cell(int, int, int, int)}), sex 0 = female,
 * 1 = male ({@link cymru.croeso.engine.Sex}).
 */
package cymru.croeso.engine;
