package cymru.croeso.ui.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Moves a table's JFace focus cell to a given cell, scrolled into view, as a click on it would: JFace has no public
 * call for it, and moves its focus cell on a mouse press at a point of the table.
 */
final class FocusCells {
    /** Tries, 50 ms apart, for a table in an editor opened a moment ago, which the window system has yet to size. */
    private static final int TRIES = 20;

    private FocusCells() {
    }

    static void press(Table table, int row, int column) {
        press(table, row, column, TRIES);
    }

    private static void press(Table table, int row, int column, int tries) {
        if (table.isDisposed() || row < 0 || row >= table.getItemCount() || column < 0
                || column >= table.getColumnCount()) {
            return;
        }
        TableItem item = table.getItem(row);
        // a few rows above the cell stay in view, so the planner sees where it sits (and a pasted block below it); as
        // many as the table has room for. No showItem after it: GTK keeps only the last scroll asked for, and
        // showItem's least scroll left the row half under the bottom edge
        Rectangle area = table.getClientArea();
        int rows = Math.max(1, (area.height - table.getHeaderHeight()) / Math.max(1, table.getItemHeight()));
        table.setTopIndex(Math.max(0, row - Math.min(3, rows - 1)));
        Rectangle bounds = item.getBounds(column);
        Point centre = new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        // a table made a moment ago (what a jumped-to element holds) takes the scroll only once GTK has sized it
        if (bounds.width == 0 || !whole(table, bounds) || table.getItem(centre) != item) {
            if (tries > 0) {
                table.getDisplay().timerExec(50, () -> press(table, row, column, tries - 1));
            }
            return;
        }
        Event press = new Event();
        press.button = 1;
        press.x = centre.x;
        press.y = centre.y;
        table.notifyListeners(SWT.MouseDown, press);
        table.setFocus();
    }

    /** Whether the cell lies whole between the heading and the bottom edge (a row half cut off hides what it holds). */
    private static boolean whole(Table table, Rectangle bounds) {
        Rectangle area = table.getClientArea();
        return bounds.y >= area.y + table.getHeaderHeight() - 1 && bounds.y + bounds.height <= area.y + area.height + 1;
    }
}
