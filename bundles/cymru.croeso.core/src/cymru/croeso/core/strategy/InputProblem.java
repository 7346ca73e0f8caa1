package cymru.croeso.core.strategy;

/** Something a planner typed that cannot be used; the message names where, which field and the fix, in their language. */
public final class InputProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InputProblem(String message) {
        super(message);
    }
}
