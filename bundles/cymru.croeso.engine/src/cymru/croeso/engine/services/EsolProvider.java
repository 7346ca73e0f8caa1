package cymru.croeso.engine.services;

/**
 * A provider of ESOL classes (a college, the authority's adult learning service, a voluntary group) in one area.
 *
 * @param name                  the provider's name
 * @param area                  index of the projection area it serves
 * @param places                learner places a year in the base year
 * @param guidedHoursPerLearner guided learning hours per learner a year
 */
public record EsolProvider(String name, int area, double places, double guidedHoursPerLearner) {

    public EsolProvider {
        if (area < 0 || places < 0 || guidedHoursPerLearner < 0) {
            throw new IllegalArgumentException("ESOL provider " + name + ": area, places and guided hours must not be negative");
        }
    }

    /** A provider with the default guided hours per learner. */
    public static EsolProvider withDefaultHours(String name, int area, double places) {
        return new EsolProvider(name, area, places, ServiceDefaults.ESOL_GUIDED_HOURS_PER_LEARNER);
    }
}
