package cymru.croeso.data.store;

/** A request the store refuses for a reason the planner can fix (a name taken, a table or run that does not exist). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
