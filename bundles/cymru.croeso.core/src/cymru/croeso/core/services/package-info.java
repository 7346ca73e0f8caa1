/**
 * The project's services (school estates, ESOL providers and needs, housing stock, GP practices) and a scenario's
 * strategy actions turned into the engine's {@link cymru.croeso.engine.services.ServiceAssumptions}.
 *
 * <h2>How the model maps to the calculators</h2>
 * <ul>
 * <li>Schools: every {@code SchoolEstate} becomes one planning area (its name, in its area), its places by phase the
 * sum of its schools' and planning areas' places by year group. A place count stated from a later year replaces
 * the earlier one from that year (a step change). Projects without any estate get one planning area per authority
 * with no places, so every phase shows its pupils as a deficit until the estate is entered.</li>
 * <li>ESOL: every {@code EsolProvider} with its area, places and guided hours; the cost per guided hour is the
 * place-weighted mean of the providers' costs. An {@code EsolNeed} without an area sets its group's shares; a
 * strategy effect on its uptake rate adds rate points to the group's uptake from the effect's first year.</li>
 * <li>Housing: dwellings and pipeline completions per area from {@code HousingStock}; headship rates calibrated by
 * {@link cymru.croeso.core.services.HouseholdCalibration}.</li>
 * <li>GP: the list capacity of an area is the sum of its practices'.</li>
 * </ul>
 * Every rate, share and threshold (participation, EAL and limited-English shares by birthplace, ESOL uptake,
 * drop-out, hours and cost where providers give none, communal-establishment rate, headship shape, vacancy, second
 * homes, tenure, crowding threshold, GP registration) comes from the project's {@code ServiceAssumptions}
 * ({@link cymru.croeso.core.services.ServiceFigure}); a project without them uses the model's documented defaults,
 * which equal the engine's {@link cymru.croeso.engine.services.ServiceDefaults}. "By birthplace" means by the
 * group's {@code ukBorn} flag. Capacity a scenario's enabled actions add
 * ({@link cymru.croeso.core.scenario.CapacityAdjustments}) reaches the calculators through their {@code with…}
 * methods, as step changes from the effect's first year.
 */
package cymru.croeso.core.services;
