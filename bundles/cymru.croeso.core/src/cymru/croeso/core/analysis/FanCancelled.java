package cymru.croeso.core.analysis;

/** Thrown out of an {@link AreaFanRun} that its {@link FanProgress} asked to stop; the run leaves no result. */
public final class FanCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int done;

    FanCancelled(int done) {
        super("the uncertainty run was cancelled after " + done + " draws");
        this.done = done;
    }

    /** Draws finished when the run stopped. */
    public int done() {
        return done;
    }
}
