package cymru.croeso.ui.editors;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Keeps the row a planner edits in a table in sight: scrolled to when its cell editor opens (a cell chosen from code
 * or from the Problems part, or Tab and Enter moving on to a row below the bottom edge, which GTK does not scroll to)
 * and again once the edit's command has refreshed the table.
 */
public final class EditedRows {

    private EditedRows() {
    }

    public static void keepInSight(ColumnViewer viewer) {
        Table table = (Table) viewer.getControl();
        viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
            private int row = -1;

            @Override
            public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
                if (event.getSource() instanceof ViewerCell cell) {
                    row = table.indexOf((TableItem) cell.getItem());
                    show(table, row);
                }
            }

            @Override
            public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
                // shown before the editor was placed
            }

            @Override
            public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                // the value is not yet applied
            }

            @Override
            public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                int edited = row;
                // after the refresh the edit's command queued, which may have made the table's items anew
                table.getDisplay().asyncExec(() -> show(table, edited));
            }
        });
    }

    private static void show(Table table, int row) {
        if (!table.isDisposed() && row >= 0 && row < table.getItemCount()) {
            table.showItem(table.getItem(row));
        }
    }
}
