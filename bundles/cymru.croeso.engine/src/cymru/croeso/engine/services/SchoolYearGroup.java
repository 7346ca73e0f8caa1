package cymru.croeso.engine.services;

/**
 * The year groups of the Welsh system with the age of their pupils (age at the start of the school year, taken as
 * the projection's mid-year age): nursery 3, reception 4, years 1–6 ages 5–10, years 7–11 ages 11–15, sixth form
 * (years 12–13) ages 16–17.
 */
public enum SchoolYearGroup {
    NURSERY(SchoolPhase.NURSERY, "N"),
    RECEPTION(SchoolPhase.PRIMARY, "R"),
    YEAR_1(SchoolPhase.PRIMARY, "Y1"),
    YEAR_2(SchoolPhase.PRIMARY, "Y2"),
    YEAR_3(SchoolPhase.PRIMARY, "Y3"),
    YEAR_4(SchoolPhase.PRIMARY, "Y4"),
    YEAR_5(SchoolPhase.PRIMARY, "Y5"),
    YEAR_6(SchoolPhase.PRIMARY, "Y6"),
    YEAR_7(SchoolPhase.SECONDARY, "Y7"),
    YEAR_8(SchoolPhase.SECONDARY, "Y8"),
    YEAR_9(SchoolPhase.SECONDARY, "Y9"),
    YEAR_10(SchoolPhase.SECONDARY, "Y10"),
    YEAR_11(SchoolPhase.SECONDARY, "Y11"),
    YEAR_12(SchoolPhase.SIXTH_FORM, "Y12"),
    YEAR_13(SchoolPhase.SIXTH_FORM, "Y13");

    /** Number of year groups, the length of every per-year-group array. */
    public static final int COUNT = 15;

    private static final SchoolYearGroup[] ALL = values();

    private final SchoolPhase phase;
    private final String code;

    SchoolYearGroup(SchoolPhase phase, String code) {
        this.phase = phase;
        this.code = code;
    }

    public SchoolPhase phase() {
        return phase;
    }

    /** Age of the year group's pupils: nursery 3 … year 13 17. */
    public int age() {
        return ordinal() + 3;
    }

    /** The short name used in school censuses and CSV output: N, R, Y1 … Y13. */
    public String code() {
        return code;
    }

    public static SchoolYearGroup of(int ordinal) {
        return ALL[ordinal];
    }
}
