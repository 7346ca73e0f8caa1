package cymru.croeso.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Shell;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.workshop.WorkshopPart;

/**
 * Window › Workshop mode (Ctrl+Shift+W): opens the workshop in a window of its own, full screen, so it can go on the
 * projector while the workbench stays on the laptop; run again, it closes it.
 */
public class WorkshopHandler {
    public static final String WINDOW_ID = "cymru.croeso.window.workshop";

    @CanExecute
    public boolean canExecute(@Optional ProjectSession session) {
        return session != null && session.project().getBasePopulation() != null
                && !session.project().getBasePopulation().getAreas().isEmpty()
                && session.project().getScenarios().stream().anyMatch(s -> s.getParent() == null);
    }

    @Execute
    public void execute(MApplication application, EModelService models) {
        MWindow open = find(application);
        if (open != null) {
            open.setToBeRendered(false);
            application.getChildren().remove(open);
            return;
        }
        MWindow main = application.getChildren().get(0);
        MWindow window = models.createModelElement(MWindow.class);
        window.setElementId(WINDOW_ID);
        window.setLabel(Messages.get("workshop.windowTitle"));
        // the same key bindings as the main window (Ctrl+Z, Ctrl+S, F11, this command)
        window.getBindingContexts().addAll(main.getBindingContexts());
        window.setX(main.getX());
        window.setY(main.getY());
        window.setWidth(main.getWidth());
        window.setHeight(main.getHeight());
        MPart part = models.createModelElement(MPart.class);
        part.setElementId(WorkshopPart.ID);
        part.setContributionURI("bundleclass://cymru.croeso.ui/" + WorkshopPart.class.getName());
        part.setLabel(Messages.get("workshop.windowTitle"));
        part.setCloseable(false);
        window.getChildren().add(part);
        window.setSelectedElement(part);
        application.getChildren().add(window);
        if (window.getWidget() instanceof Shell shell) {
            // the whole screen it opened on, also where no window manager honours a full-screen request
            shell.setBounds(shell.getMonitor().getBounds());
            shell.setFullScreen(true);
        }
    }

    /** The open workshop window, or null. */
    public static MWindow find(MApplication application) {
        return application.getChildren().stream().filter(w -> WINDOW_ID.equals(w.getElementId())).findFirst().orElse(null);
    }
}
