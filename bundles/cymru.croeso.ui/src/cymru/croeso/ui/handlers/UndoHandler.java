package cymru.croeso.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import cymru.croeso.core.project.ProjectSession;

/** Edit › Undo (Ctrl+Z): undoes the last command on the project's command stack. */
public class UndoHandler {
    @CanExecute
    public boolean canExecute(@Optional ProjectSession session) {
        return session != null && session.canUndo();
    }

    @Execute
    public void execute(ProjectSession session) {
        session.undo();
    }
}
