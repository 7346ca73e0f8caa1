package cymru.croeso.engine;

/**
 * Age-specific fertility rates by area and mother's group, the share of births that are boys,
 * and the group every baby is born into.
 *
 * @param rates             per year, rates f(a) by area, group and age of mother at the end of the year
 *                          (ages 0 … top; only women's ages are used), laid out [area][group][age]
 * @param maleShareOfBirths share of births that are boys
 * @param birthGroup        the origin group every birth goes to (group 0, UK-born, by default)
 */
public record FertilityAssumption(YearSeries rates, double maleShareOfBirths, int birthGroup) {

    /** 105/205: the conventional sex ratio at birth of 105 boys to 100 girls (ONS uses about this for England and Wales). */
    public static final double DEFAULT_MALE_SHARE = 105.0 / 205.0;

    public FertilityAssumption {
        rates.requireNonNegative("fertility rates");
        if (!(maleShareOfBirths >= 0 && maleShareOfBirths <= 1)) {
            throw new IllegalArgumentException("male share of births " + maleShareOfBirths + " is outside 0 … 1");
        }
        if (birthGroup < 0) {
            throw new IllegalArgumentException("birth group " + birthGroup + " is negative");
        }
    }

    /** Rates with the default male share, births into group 0. */
    public FertilityAssumption(YearSeries rates) {
        this(rates, DEFAULT_MALE_SHARE, 0);
    }

    /** Layout index of the rate for (area, group, age). */
    public static int index(PopulationShape shape, int area, int group, int age) {
        return (area * shape.groups() + group) * shape.ages() + age;
    }
}
