package cymru.croeso.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import cymru.croeso.core.project.ProjectSession;

/** Edit › Redo (Ctrl+Y): redoes the last undone command. */
public class RedoHandler {
    @CanExecute
    public boolean canExecute(@Optional ProjectSession session) {
        return session != null && session.canRedo();
    }

    @Execute
    public void execute(ProjectSession session) {
        session.redo();
    }
}
