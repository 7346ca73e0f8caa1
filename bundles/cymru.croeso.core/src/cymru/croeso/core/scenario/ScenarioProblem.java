package cymru.croeso.core.scenario;

/** A scenario or assumption the projection cannot use as it stands; the message names it and says what to fix. */
public final class ScenarioProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioProblem(String message) {
        super(message);
    }
}
