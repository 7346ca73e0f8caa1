package cymru.croeso.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
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
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.model.Assumptions;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.Services;
import cymru.croeso.ui.editors.EditorMessages;
import cymru.croeso.ui.editors.EditorOpener;
import cymru.croeso.ui.editors.ProjectActions;
import cymru.croeso.ui.editors.ServicesEditor;
import cymru.croeso.ui.strategy.PlanViews;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The project explorer: the open project's areas, population groups, scenarios (with the assumptions they vary),
 * services, strategy and indicators. Choosing an item selects it for the other parts; choosing a scenario also brings
 * its chart forward. A double click or Enter opens the item's editor; the context menu opens, starts a new scenario
 * from a scenario, duplicates and deletes (Delete key too), each an undoable command.
 */
public class ProjectExplorerPart {
    public static final String ID = "cymru.croeso.ui.part.explorer";

    @Inject
    private ESelectionService selectionService;
    @Inject
    private EPartService partService;
    @Inject
    private ProjectSession session;
    @Inject
    private ProjectActions actions;
    @Inject
    private EditorOpener opener;
    @Inject
    private MPart part;

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
        viewer.addOpenListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        viewer.getControl().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL && actions.canDelete(selected())) {
                actions.delete((EObject) selected());
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        session.commandStack().addCommandStackListener(refresher);
        fitOnceShown();
    }

    /** Once the tree is first drawn (its items then have their indents), makes room for its longest label. */
    private void fitOnceShown() {
        Tree tree = viewer.getTree();
        tree.addListener(SWT.Paint, new Listener() {
            @Override
            public void handleEvent(Event e) {
                tree.removeListener(SWT.Paint, this);
                tree.getDisplay().asyncExec(() -> {
                    if (!tree.isDisposed()) {
                        ExplorerWidth.fit(part, tree);
                    }
                });
            }
        });
    }

    private Object selected() {
        return viewer.getStructuredSelection().getFirstElement();
    }

    /** Opens an item's editor; the services folder opens the services editor, other folders open or close. */
    public void open(Object element) {
        if (PlanViews.open(partService, element instanceof ExplorerFolder f ? f.key() : element)) {
            return;
        }
        if (element instanceof EObject e) {
            actions.open(e);
        } else if (element instanceof ExplorerFolder f && f.key().equals("explorer.services")) {
            opener.show(ServicesEditor.DESCRIPTOR, null);
        } else if (element != null) {
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    private void fillMenu(IMenuManager menu) {
        Object element = selected();
        boolean scenarios = element instanceof Scenario || element instanceof Assumptions
                || element instanceof ExplorerFolder f && f.key().equals("explorer.scenarios");
        menu.add(action("action.open", element instanceof EObject || element instanceof ExplorerFolder, () -> open(element)));
        menu.add(new Separator());
        menu.add(action(element instanceof Scenario ? "action.newScenarioFrom" : "action.newScenario", scenarios,
                () -> reveal(actions.newScenario(element instanceof Scenario s ? s : null))));
        menu.add(action("action.duplicate", actions.canDuplicate(element),
                () -> reveal(actions.duplicate((EObject) element))));
        menu.add(action("action.delete", actions.canDelete(element), () -> actions.delete((EObject) element)));
    }

    /** Selects what an action made, so the planner sees it in the tree. */
    private void reveal(EObject made) {
        if (made != null) {
            viewer.setSelection(new StructuredSelection(made), true);
        }
    }

    private static Action action(String key, boolean enabled, Runnable run) {
        Action action = new Action(EditorMessages.get(key)) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
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
            if (parent instanceof ExplorerFolder f) {
                List<Object> children = new ArrayList<>(f.children());
                if (f.key().equals("explorer.scenarios") && project.getAssumptions() != null) {
                    // the assumptions every scenario starts from, above the scenarios that vary them
                    children.add(0, project.getAssumptions());
                }
                return children.toArray();
            }
            return new Object[0];
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
            if (element instanceof Assumptions) {
                return folders(project).get(2);
            }
            return folders(project).stream().filter(f -> f.children().contains(element)).findFirst().orElse(null);
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Project || element instanceof ExplorerFolder f && getChildren(f).length > 0;
        }
    }
}
