package cymru.croeso.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.Services;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.strategy.PlanViews;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The project explorer: the open project's areas, population groups, scenarios, services, strategy and indicators.
 * Choosing an item selects it for the other parts; choosing a scenario also brings its chart forward.
 */
public class ProjectExplorerPart {
    public static final String ID = "cymru.croeso.ui.part.explorer";

    @Inject
    private ESelectionService selectionService;
    @Inject
    private EPartService partService;
    @Inject
    private ProjectSession session;

    private TreeViewer viewer;
    private final CommandStackListener refresher = e -> refresh();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ProjectLabels.of(element);
            }
        });
        viewer.setInput(session);
        viewer.expandToLevel(2);
        // a first start shows what a planner picks from: the areas and the scenarios
        for (ExplorerFolder folder : Content.folders(session.project())) {
            if (folder.key().equals("explorer.areas") || folder.key().equals("explorer.scenarios")) {
                viewer.setExpandedState(folder, true);
            }
        }
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first != null && !(first instanceof ExplorerFolder)) {
                selectionService.setSelection(first);
            }
            if (first instanceof Scenario) {
                partService.showPart(ScenarioPart.ID, EPartService.PartState.VISIBLE);
            }
        });
        // the Strategy and Indicators folders, and what is in them, open their editors
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            PlanViews.open(partService, first instanceof ExplorerFolder f ? f.key() : first);
        });
        session.commandStack().addCommandStackListener(refresher);
    }

    private void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }

    /** Selects a model object as a user's click would. */
    public void select(Object element) {
        viewer.setSelection(new StructuredSelection(element), true);
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    @PreDestroy
    public void dispose() {
        session.commandStack().removeCommandStackListener(refresher);
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** The project as folders of model objects. */
    private static final class Content implements ITreeContentProvider {
        private Project project;

        @Override
        public Object[] getElements(Object input) {
            project = ((ProjectSession) input).project();
            return new Object[] { project };
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Project p) {
                return folders(p).toArray();
            }
            return parent instanceof ExplorerFolder f ? f.children().toArray() : new Object[0];
        }

        private static List<ExplorerFolder> folders(Project p) {
            List<Object> services = new ArrayList<>();
            Services s = p.getServices();
            if (s != null) {
                services.addAll(s.getSchoolEstates());
                services.addAll(s.getEsolProviders());
                services.addAll(s.getHousingStocks());
                services.addAll(s.getGpPractices());
            }
            List<Object> themes = p.getStrategy() == null ? List.of() : List.copyOf(p.getStrategy().getThemes());
            return List.of(new ExplorerFolder("explorer.areas", List.copyOf(p.getAreas())),
                    new ExplorerFolder("explorer.groups", List.copyOf(p.getGroups())),
                    new ExplorerFolder("explorer.scenarios", List.copyOf(p.getScenarios())),
                    new ExplorerFolder("explorer.services", services),
                    new ExplorerFolder("explorer.strategy", themes),
                    new ExplorerFolder("explorer.indicators", List.copyOf(p.getIndicators())));
        }

        /** The folder an object is in, so that selecting it from code (or another part) reveals it. */
        @Override
        public Object getParent(Object element) {
            if (project == null || element instanceof Project) {
                return null;
            }
            if (element instanceof ExplorerFolder) {
                return project;
            }
            return folders(project).stream().filter(f -> f.children().contains(element)).findFirst().orElse(null);
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Project || element instanceof ExplorerFolder f && !f.children().isEmpty();
        }
    }
}
