package cymru.croeso.core.project;

import java.nio.file.Path;

import cymru.croeso.core.cli.UserError;

/** A save refused because another Croeso holds the project's lock; the message names the file, the holder and the fix. */
public final class ReadOnlyProjectException extends UserError {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient LockOwner holder;

    ReadOnlyProjectException(String messageKey, Path file, LockOwner holder) {
        super(SessionMessages.format(messageKey, file, holder.describe()));
        this.file = file;
        this.holder = holder;
    }

    /** The file that was not written. */
    public Path file() {
        return file;
    }

    /** Who has the file open. */
    public LockOwner holder() {
        return holder;
    }
}
