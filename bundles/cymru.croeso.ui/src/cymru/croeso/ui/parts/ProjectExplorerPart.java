package cymru.croeso.ui.parts;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.data.sample.WelshAuthority;
import cymru.croeso.ui.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The project explorer: the sample project and its areas; choosing an area selects it for the other parts. */
public class ProjectExplorerPart {
    public static final String ID = "cymru.croeso.ui.part.explorer";
    /** The root node of the sample project. */
    static final Object SAMPLE = new Object();

    @Inject
    private ESelectionService selectionService;

    private TreeViewer viewer;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        List<WelshAuthority> areas = WelshAuthority.all();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return new Object[] { SAMPLE };
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement == SAMPLE ? areas.toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof WelshAuthority ? SAMPLE : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element == SAMPLE;
            }
        });
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof WelshAuthority a ? a.name(Messages.locale()) : Messages.get("explorer.sample");
            }
        });
        viewer.setInput(areas);
        viewer.expandAll();
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof WelshAuthority area) {
                selectionService.setSelection(area);
            }
        });
    }

    /** Selects an area as a user's click would. */
    public void select(WelshAuthority area) {
        viewer.setSelection(new StructuredSelection(area), true);
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
