package cymru.croeso.ui.strategy;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;

import cymru.croeso.core.project.ProjectSession;

/** A table cell typed into, whose new text goes through its {@link CellEdit} unless it is unchanged. */
final class TextCellEditing<R> extends EditingSupport {
    private final CellEdit<R> edit;
    private final ProjectSession session;
    private final Consumer<String> problems;
    private final TextCellEditor editor;

    TextCellEditing(TableViewer viewer, CellEdit<R> edit, ProjectSession session, Consumer<String> problems) {
        super(viewer);
        this.edit = edit;
        this.session = session;
        this.problems = problems;
        editor = new TextCellEditor(viewer.getTable());
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return !session.isReadOnly();
    }

    @SuppressWarnings("unchecked")
    @Override
    protected Object getValue(Object element) {
        return edit.read().apply((R) element);
    }

    @SuppressWarnings("unchecked")
    @Override
    protected void setValue(Object element, Object value) {
        String typed = String.valueOf(value);
        if (!typed.equals(getValue(element))) {
            edit.apply((R) element, typed, session, problems);
        }
    }
}
