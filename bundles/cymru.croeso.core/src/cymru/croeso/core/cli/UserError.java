package cymru.croeso.core.cli;

/** A mistake the user can fix: the CLI prints the message on one line and exits with code 1. */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
