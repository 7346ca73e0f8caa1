package cymru.croeso.engine.services;

/** The phases of Welsh maintained schooling against which capacity is counted. */
public enum SchoolPhase {
    NURSERY("nursery"),
    PRIMARY("primary"),
    SECONDARY("secondary"),
    SIXTH_FORM("sixth_form");

    private final String code;

    SchoolPhase(String code) {
        this.code = code;
    }

    /** The phase as written in CSV output. */
    public String code() {
        return code;
    }
}
