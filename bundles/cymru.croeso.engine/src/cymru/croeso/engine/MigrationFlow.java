package cymru.croeso.engine;

/** The four migration flows of an area, as ONS publishes them for local authorities. */
public enum MigrationFlow {
    INTERNAL_IN(true),
    INTERNAL_OUT(false),
    INTERNATIONAL_IN(true),
    INTERNATIONAL_OUT(false);

    private final boolean inflow;

    MigrationFlow(boolean inflow) {
        this.inflow = inflow;
    }

    public boolean isInflow() {
        return inflow;
    }
}
