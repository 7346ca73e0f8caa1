package cymru.croeso.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.ui.Messages;

/** File › Save (Ctrl+S): writes the project through the session. */
public class SaveHandler {
    @CanExecute
    public boolean canExecute(@Optional ProjectSession session) {
        return session != null && !session.isReadOnly() && session.isDirty();
    }

    @Execute
    public void execute(ProjectSession session, Shell shell) {
        try {
            session.save();
        } catch (Exception e) {
            MessageDialog.openError(shell, Messages.get("save.failed"), e.getMessage());
        }
    }
}
