/**
 * Service demand: school places, ESOL, housing and GP registration worked out from a projection result and a
 * planner's service assumptions, in plain Java (JDK only).
 *
 * <h2>The convention</h2>
 * <p>Every calculator is a pure function {@code project(ProjectedPopulation, assumptions)} returning an immutable
 * result held in flat {@code double[]} arrays; nothing is cached between calls, so a slider move simply calls it
 * again. Years run from the projection's base year to its end year; the base year is computed like any other.
 * Ages are ages at mid-year as the projection holds them (the engine's age at the end of the projection year);
 * sex 0 = female, 1 = male; groups are the projection's origin groups, group 0 UK-born.
 *
 * <h2>Changes from a year</h2>
 * <p>Capacities (school places, ESOL places, dwellings, GP lists) are a base figure plus a list of
 * {@link cymru.croeso.engine.services.StepChange}s, each adding (or removing) a number from a given year onward:
 * a new school, 120 more ESOL places from 2027, a housing site's completions. A strategy action reaches the
 * calculators by adding step changes to the assumptions ({@code with…} methods), never by editing results.
 *
 * <h2>Defaults</h2>
 * <p>{@link cymru.croeso.engine.services.ServiceDefaults} holds every default with its source. Where no published
 * figure exists the default says so, and the planner should replace it with a local one.
 */
package cymru.croeso.engine.services;
