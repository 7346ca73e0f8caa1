package cymru.croeso.ui.problems;

import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import cymru.croeso.core.editing.ElementNames;
import cymru.croeso.core.editing.Problem;
import cymru.croeso.core.editing.ProjectProblems;
import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.model.validation.ElementLabels;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.editors.EditorMessages;
import cymru.croeso.ui.editors.EditorOpener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The project's validation problems, checked again after every command (an edit, an undo, a redo); a double click
 * or Enter on one opens the editor of the element at fault and selects the field or number.
 */
public class ProblemsPart {
    public static final String ID = "cymru.croeso.ui.part.problems";

    @Inject
    private ProjectSession session;
    @Inject
    private EditorOpener opener;

    private Label summary;
    private Label detail;
    private TableViewer viewer;
    private Image error;
    private Image warning;
    private List<Problem> problems = List.of();
    private boolean pending;
    private final CommandStackListener checker = e -> later();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.minimumHeight = 3 * viewer.getTable().getItemHeight() + viewer.getTable().getHeaderHeight();
        viewer.getTable().setLayoutData(tableData);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        error = dot(SWT.COLOR_RED);
        warning = dot(SWT.COLOR_DARK_YELLOW);
        column("problems.description", 560, Problem::message).setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).message();
            }

            @Override
            public Image getImage(Object element) {
                return ((Problem) element).isError() ? error : warning;
            }

            @Override
            public String getToolTipText(Object element) {
                return EditorMessages.get(((Problem) element).isError() ? "problems.error" : "problems.warning");
            }
        });
        column("problems.element", 220, p -> p.element() == null ? "" : ElementNames.of(p.element(), Messages.locale()));
        column("problems.field", 140, p -> p.feature() == null ? ""
                : ElementLabels.in(Messages.locale()).getFeatureLabel(p.feature()));
        // a message is longer than any column: the chosen one is shown in full under the table
        detail = new Label(parent, SWT.WRAP);
        GridData detailData = new GridData(SWT.FILL, SWT.TOP, true, false);
        detailData.widthHint = 200;
        detail.setLayoutData(detailData);
        viewer.addSelectionChangedListener(e -> showDetail());
        viewer.addOpenListener(e -> open((Problem) ((IStructuredSelection) e.getSelection()).getFirstElement()));
        session.commandStack().addCommandStackListener(checker);
        check();
    }

    /** A small round mark of {@code color}, as wide as a line of the table is high, for the problem's severity. */
    private static Image dot(int color) {
        Display display = Display.getDefault();
        Image image = new Image(display, 12, 12);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(0, 0, 12, 12);
            gc.setAntialias(SWT.ON);
            gc.setBackground(display.getSystemColor(color));
            gc.fillOval(1, 1, 10, 10);
        } finally {
            gc.dispose();
        }
        return image;
    }

    private void showDetail() {
        Problem chosen = (Problem) viewer.getStructuredSelection().getFirstElement();
        if (chosen == null && !problems.isEmpty()) {
            chosen = problems.get(0);
        }
        String text = chosen == null ? "" : chosen.message();
        detail.setText(text);
        ((GridData) detail.getLayoutData()).exclude = text.isEmpty();
        detail.setVisible(!text.isEmpty());
        detail.getParent().layout(true, true);
    }

    private TableViewerColumn column(String key, int width, Function<Problem, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(EditorMessages.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Problem) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Problem) element).message();
            }
        });
        return column;
    }

    /** Checks again once the current burst of commands is over (a paste is one command, a script may be many). */
    private void later() {
        if (!pending) {
            pending = true;
            Display.getDefault().asyncExec(() -> {
                pending = false;
                check();
            });
        }
    }

    /** Validates the project now and shows what it finds. */
    public void check() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        problems = ProjectProblems.of(session.project(), Messages.locale());
        viewer.setInput(problems);
        long errors = problems.stream().filter(Problem::isError).count();
        summary.setText(problems.isEmpty() ? EditorMessages.get("problems.none")
                : EditorMessages.format("problems.count", errors, problems.size() - errors));
        showDetail();
    }

    /** Opens the editor of a problem's element and selects the field or number at fault. */
    public void open(Problem problem) {
        if (problem != null && problem.element() != null) {
            opener.open(problem.element(), problem.feature(), problem.index());
        }
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Selects the problem at {@code row} and opens it, as a double click on it would. */
    public void openRow(int row) {
        viewer.setSelection(new StructuredSelection(problems.get(row)), true);
        open(problems.get(row));
    }

    public TableViewer viewer() {
        return viewer;
    }

    @PreDestroy
    public void dispose() {
        session.commandStack().removeCommandStackListener(checker);
        error.dispose();
        warning.dispose();
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
