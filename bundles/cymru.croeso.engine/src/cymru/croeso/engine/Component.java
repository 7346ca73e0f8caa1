package cymru.croeso.engine;

/** A component of population change recorded for every cell and year of a projection, with its sign in the identity. */
public enum Component {
    /** Babies born in the year, on the age-0 cells of the birth group (infant deaths are counted under deaths). */
    BIRTHS(+1),
    DEATHS(-1),
    INTERNAL_IN(+1),
    INTERNAL_OUT(-1),
    INTERNATIONAL_IN(+1),
    INTERNATIONAL_OUT(-1),
    TRANSITIONS_IN(+1),
    TRANSITIONS_OUT(-1),
    SPECIAL_FLOWS(+1);

    private final int sign;

    Component(int sign) {
        this.sign = sign;
    }

    /** +1 if the component adds to the population, −1 if it takes away. */
    public int sign() {
        return sign;
    }

    static Component of(MigrationFlow flow) {
        return switch (flow) {
            case INTERNAL_IN -> INTERNAL_IN;
            case INTERNAL_OUT -> INTERNAL_OUT;
            case INTERNATIONAL_IN -> INTERNATIONAL_IN;
            case INTERNATIONAL_OUT -> INTERNATIONAL_OUT;
        };
    }
}
