package cymru.croeso.ui.editors;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;

import cymru.croeso.model.Scenario;
import cymru.croeso.ui.problems.ProblemsPart;
import jakarta.inject.Named;

/** The Project menu's handlers, thin over {@link ProjectActions} and {@link EditorOpener}; each acts on the selection. */
public final class ProjectHandlers {
    private ProjectHandlers() {
    }

    /** Project › Open: the selected element's editor. */
    public static class Open {
        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
            return selected instanceof EObject;
        }

        @Execute
        public void execute(ProjectActions actions, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
            actions.open((EObject) selected);
        }
    }

    /** Project › Assumptions. */
    public static class Assumptions {
        @Execute
        public void execute(EditorOpener opener) {
            opener.show(AssumptionsEditor.DESCRIPTOR, null);
        }
    }

    /** Project › Services. */
    public static class Services {
        @Execute
        public void execute(EditorOpener opener) {
            opener.show(ServicesEditor.DESCRIPTOR, null);
        }
    }

    /** Project › Problems. */
    public static class Problems {
        @Execute
        public void execute(EPartService parts) {
            parts.showPart(ProblemsPart.ID, EPartService.PartState.ACTIVATE);
        }
    }

    /** Project › New scenario: varies the selected scenario, or starts a new baseline. */
    public static class NewScenario {
        @Execute
        public void execute(ProjectActions actions, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
            actions.newScenario(selected instanceof Scenario s ? s : null);
        }
    }

    /** Project › Duplicate. */
    public static class Duplicate {
        @CanExecute
        public boolean canExecute(ProjectActions actions, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
            return actions.canDuplicate(selected);
        }

        @Execute
        public void execute(ProjectActions actions, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
            actions.duplicate((EObject) selected);
        }
    }

    /** Project › Delete. */
    public static class Delete {
        @CanExecute
        public boolean canExecute(ProjectActions actions, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
            return actions.canDelete(selected);
        }

        @Execute
        public void execute(ProjectActions actions, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
            actions.delete((EObject) selected);
        }
    }
}
