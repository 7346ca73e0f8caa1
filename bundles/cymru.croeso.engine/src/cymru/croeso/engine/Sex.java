package cymru.croeso.engine;

/**
 * The two sexes of the projection, in the order of the sex index of every array (female 0, male 1). The model
 * (croeso.ecore, {@code PopulationCube}) stores males first; cymru.croeso.core.scenario.SexOrder converts.
 */
public enum Sex {
    FEMALE('F'),
    MALE('M');

    private final char code;

    Sex(char code) {
        this.code = code;
    }

    /** The one-letter code used in ONS tables and in the projection's CSV output: F or M. */
    public char code() {
        return code;
    }

    /** The sex with the given code (F/M, either case), or null if there is none. */
    public static Sex ofCode(char c) {
        return switch (Character.toUpperCase(c)) {
            case 'F' -> FEMALE;
            case 'M' -> MALE;
            default -> null;
        };
    }
}
