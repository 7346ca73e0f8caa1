package cymru.croeso.core.editing;

/**
 * An edit Croeso will not make (a paste that does not fit, a word where a number belongs, an impossible rate); its
 * message names the place and the fix, and the project is left as it was.
 */
public final class RefusedEdit extends Exception {
    private static final long serialVersionUID = 1L;

    public RefusedEdit(String message) {
        super(message);
    }
}
