package cymru.croeso.ui.editors;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;

import cymru.croeso.core.editing.Created;
import cymru.croeso.core.editing.ProjectEdits;
import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.Messages;
import jakarta.inject.Inject;

/**
 * What a planner does to elements from the project explorer's context menu and the Project menu: open, new
 * scenario from here, duplicate, delete. Each change is one command, undone with Ctrl+Z; the new element is
 * selected and, for a scenario, opened.
 */
@Creatable
public final class ProjectActions {
    private final ProjectSession session;
    private final EditorOpener opener;
    private final ESelectionService selection;

    @Inject
    public ProjectActions(ProjectSession session, EditorOpener opener, ESelectionService selection) {
        this.session = session;
        this.opener = opener;
        this.selection = selection;
    }

    public void open(EObject element) {
        if (element != null) {
            opener.open(element);
        }
    }

    /** A new scenario varying {@code parent} (a new baseline when null), opened in its editor. */
    public Scenario newScenario(Scenario parent) {
        Created created = ProjectEdits.newScenario(session.editingDomain(), session.project(), parent, Messages.locale());
        if (!run(created.command())) {
            return null;
        }
        selection.setSelection(created.element());
        opener.open(created.element());
        return (Scenario) created.element();
    }

    public boolean canDuplicate(Object element) {
        return element instanceof EObject e && ProjectEdits.canDuplicate(e);
    }

    public EObject duplicate(EObject element) {
        Created created = ProjectEdits.duplicate(session.editingDomain(), element, Messages.locale());
        if (!run(created.command())) {
            return null;
        }
        selection.setSelection(created.element());
        return created.element();
    }

    public boolean canDelete(Object element) {
        return element instanceof EObject e && ProjectEdits.canDelete(e);
    }

    public boolean delete(EObject element) {
        return run(ProjectEdits.delete(session.editingDomain(), element));
    }

    private boolean run(Command command) {
        if (session.isReadOnly()) {
            command.dispose();
            MessageDialog.openInformation(null, EditorMessages.get("action.title"), EditorMessages.get("editor.readOnly"));
            return false;
        }
        return session.execute(command);
    }
}
