package cymru.croeso.ui.editors;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;

import cymru.croeso.core.editing.EditingMessages;
import cymru.croeso.core.editing.NumberTable;
import cymru.croeso.core.editing.NumberText;
import cymru.croeso.core.editing.PastedBlock;
import cymru.croeso.core.editing.RefusedEdit;

/**
 * An assumption's numbers by age (and sex) in a table a planner types into or pastes a block from Excel into
 * (Ctrl+V at the chosen cell); each edit or paste is one command, so Ctrl+Z takes the whole paste back. A paste or
 * a typed number the table refuses changes nothing and is explained in the editor's message line.
 */
public final class NumberTableView {
    private final EditorContext context;
    private final EObject owner;
    private final EAttribute attribute;
    private final TableViewer viewer;
    private final TableViewerFocusCellManager focus;
    private NumberTable table;

    public NumberTableView(Composite parent, EditorContext context, EObject owner, EAttribute attribute) {
        this.context = context;
        this.owner = owner;
        this.attribute = attribute;
        this.table = NumberTable.of(owner, attribute, context.ages(), context.locale());
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table control = viewer.getTable();
        control.setHeaderVisible(true);
        control.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(EditorMessages.get("table.age"), -1);
        for (int c = 0; c < table.columnCount(); c++) {
            column(table.columnLabel(c), c);
        }
        // selected rows stay marked beside the focus cell: after a paste they show where the block went
        focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer, false));
        TableViewerEditor.create(viewer, focus, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.CR || event.keyCode == SWT.F2);
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                | ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        EditedRows.keepInSight(viewer);
        control.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'v' || e.keyCode == 'V')) {
                pasteClipboard();
                e.doit = false;
            } else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copySelection();
                e.doit = false;
            }
        });
        control.setMenu(menu(control));
        viewer.setInput(rows());
        ColumnWidths.fit(control);
    }

    private void column(String title, int numberColumn) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                int row = (Integer) element;
                if (numberColumn < 0) {
                    return table.rowLabel(row);
                }
                Double value = table.value(row, numberColumn);
                return value == null ? "" : NumberText.shown(value);
            }
        });
        if (numberColumn >= 0) {
            column.setEditingSupport(new CellEditing(numberColumn));
        }
    }

    private Menu menu(Table control) {
        Menu menu = new Menu(control);
        MenuItem copy = new MenuItem(menu, SWT.PUSH);
        copy.setText(EditorMessages.get("table.copy"));
        copy.addListener(SWT.Selection, e -> copySelection());
        MenuItem paste = new MenuItem(menu, SWT.PUSH);
        paste.setText(EditorMessages.get("table.paste"));
        paste.addListener(SWT.Selection, e -> pasteClipboard());
        return menu;
    }

    private List<Integer> rows() {
        return IntStream.range(0, table.rowCount()).boxed().toList();
    }

    public Control control() {
        return viewer.getControl();
    }

    public NumberTable table() {
        return table;
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** Reads the numbers again from the model, after any command. */
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        NumberTable fresh = NumberTable.of(owner, attribute, context.ages(), context.locale());
        boolean sameRows = fresh.rowCount() == table.rowCount();
        table = fresh;
        if (sameRows) {
            viewer.refresh();
        } else {
            viewer.setInput(rows());
            ColumnWidths.fit(viewer.getTable());
        }
    }

    /** The cell pastes start from, as {row, number column}: the focus cell, else the first selected row. */
    public int[] anchor() {
        ViewerCell cell = focus.getFocusCell();
        if (cell != null) {
            return new int[] { (Integer) cell.getElement(), Math.max(0, cell.getColumnIndex() - 1) };
        }
        int row = viewer.getTable().getSelectionIndex();
        return new int[] { Math.max(0, row), 0 };
    }

    /** Makes the cell of a row and number column the focus cell, scrolled into view, as a click on it would. */
    public void focusCell(int row, int column) {
        Table control = viewer.getTable();
        if (row < 0 || row >= control.getItemCount()) {
            return;
        }
        control.setSelection(row);
        FocusCells.press(control, row, column + 1);
    }

    /** Pastes the clipboard's text at the anchor cell. */
    public void pasteClipboard() {
        Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
        try {
            paste((String) clipboard.getContents(TextTransfer.getInstance()));
        } finally {
            clipboard.dispose();
        }
    }

    /** Pastes {@code text} (tab-separated rows) at the anchor cell as one command; false if refused. */
    public boolean paste(String text) {
        int[] at = anchor();
        try {
            PastedBlock block = PastedBlock.parse(text, EditingMessages.in(context.locale()));
            boolean done = set(table.withPaste(at[0], at[1], block));
            if (done) {
                // the pasted rows selected and in view, so the planner sees where the block went
                refresh();
                viewer.getTable().setSelection(at[0], at[0] + block.rowCount() - 1);
                viewer.getTable().setTopIndex(Math.max(0, at[0] - 3));
            }
            return done;
        } catch (RefusedEdit refused) {
            context.refuse(refused.getMessage());
            return false;
        }
    }

    /** Copies the selected rows' numbers, every digit, tab-separated as Excel takes them. */
    public void copySelection() {
        int[] selected = viewer.getTable().getSelectionIndices();
        if (selected.length == 0) {
            return;
        }
        String text = table.copy(IntStream.of(selected).min().getAsInt(), IntStream.of(selected).max().getAsInt());
        Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private boolean set(double[] values) {
        return context.execute(SetCommand.create(context.session().editingDomain(), owner, attribute, values));
    }

    /** Typing into a number cell: the text is checked by the table and becomes one command, or is refused. */
    private final class CellEditing extends EditingSupport {
        private final int column;
        private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

        CellEditing(int column) {
            super(viewer);
            this.column = column;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return !context.session().isReadOnly();
        }

        @Override
        protected Object getValue(Object element) {
            Double value = table.value((Integer) element, column);
            return value == null ? "" : NumberText.exact(value);
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (getValue(element).equals(value)) {
                return; // left as it was: no command, so nothing to undo and nothing to save
            }
            try {
                double[] changed = table.withCellText((Integer) element, column, (String) value);
                if (changed != null) {
                    set(changed);
                }
            } catch (RefusedEdit refused) {
                context.refuse(refused.getMessage());
            }
        }
    }
}
