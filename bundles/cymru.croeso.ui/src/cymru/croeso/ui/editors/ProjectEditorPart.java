package cymru.croeso.ui.editors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import cymru.croeso.core.project.ProjectSession;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * What every editor part does the same way: a message line over its body, reading the model again after every
 * command (an edit, an undo, a redo), and closing itself when what it edits has been deleted.
 */
public abstract class ProjectEditorPart implements ElementEditor {
    @Inject
    protected ProjectSession session;
    @Inject
    protected MPart part;
    @Inject
    private EPartService parts;

    protected EditorContext context;
    private Composite body;
    private final CommandStackListener refresher = e -> Display.getDefault().asyncExec(this::afterCommand);

    /** Lays out the message line and returns the composite the editor builds its body in. */
    protected Composite start(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        context = new EditorContext(session, new MessageLine(parent));
        body = parent;
        session.commandStack().addCommandStackListener(refresher);
        return parent;
    }

    /** The element the editor edits (its input), or null for the whole project. */
    public abstract EObject input();

    /** Reads the model again. */
    protected abstract void refresh();

    private void afterCommand() {
        if (body == null || body.isDisposed()) {
            return;
        }
        EObject input = input();
        if (input != null && input.eResource() == null) {
            parts.hidePart(part, true);
            return;
        }
        body.setRedraw(false);
        try {
            refresh();
        } finally {
            body.setRedraw(true);
        }
    }

    public EditorContext context() {
        return context;
    }

    @PreDestroy
    public void stopListening() {
        session.commandStack().removeCommandStackListener(refresher);
    }
}
