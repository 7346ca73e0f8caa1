package cymru.croeso.engine;

/**
 * A planned intake into one group of one area, the same number every year for a range of years, with an
 * age–sex profile: a resettlement programme's families, or a university's international intake.
 *
 * @param area      the receiving area
 * @param group     the receiving group
 * @param firstYear the first year of the intake (inclusive)
 * @param lastYear  the last year of the intake (inclusive)
 * @param perYear   people arriving each year, ≥ 0
 * @param profile   how they are spread over sex and age at the end of the year
 */
public record SpecialFlow(int area, int group, int firstYear, int lastYear, double perYear, AgeSexSchedule profile) {

    public SpecialFlow {
        if (!(perYear >= 0) || Double.isInfinite(perYear)) {
            throw new IllegalArgumentException("a special flow's intake must be finite and ≥ 0, not " + perYear);
        }
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("special flow years " + firstYear + " … " + lastYear + " are reversed");
        }
    }

    boolean activeIn(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
