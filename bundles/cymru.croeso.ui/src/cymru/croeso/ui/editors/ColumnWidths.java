package cymru.croeso.ui.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Sizes a table's columns to their heading and their cells, measured in the table's font, so that no heading is cut
 * in either language (Welsh headings run longer); the one way every table of the workbench sizes its columns.
 */
public final class ColumnWidths {
    /**
     * Room a heading needs beyond its text: GTK's Adwaita header button pads its label by 6 px a side within a 1 px
     * border, and leaves room for a sort arrow; 24 px keeps the last letter clear of the ellipsis on GTK, Windows and
     * macOS alike.
     */
    public static final int HEADING_MARGIN = 24;
    /** Room a cell needs beyond its text: the cell renderer's padding either side and the grid line. */
    public static final int CELL_MARGIN = 16;
    /** A tick box drawn in the first column of a table of tick boxes, with its gap to the text. */
    private static final int CHECK_BOX = 26;
    /** No cap: a column as wide as its widest cell. */
    public static final int NO_CAP = Integer.MAX_VALUE;

    private ColumnWidths() {
    }

    /** Fits every column of {@code table} to its heading and its cells. */
    public static void fit(Table table) {
        for (TableColumn column : table.getColumns()) {
            fit(column, NO_CAP);
        }
    }

    /**
     * Fits {@code column} to its heading and its cells, the cells' share held to {@code cap} pixels (longer text then
     * shows in a tooltip or the cell editor); the heading is never cut, whatever the cap.
     */
    public static void fit(TableColumn column, int cap) {
        Table table = column.getParent();
        int index = table.indexOf(column);
        GC gc = new GC(table);
        Font bold = headingFont(table);
        try {
            gc.setFont(bold);
            int heading = gc.textExtent(column.getText()).x + HEADING_MARGIN + imageWidth(column.getImage());
            int cells = 0;
            for (TableItem item : table.getItems()) {
                gc.setFont(item.getFont(index));
                cells = Math.max(cells, gc.textExtent(item.getText(index)).x + imageWidth(item.getImage(index)));
            }
            if (index == 0 && (table.getStyle() & SWT.CHECK) != 0) {
                cells += CHECK_BOX;
            }
            column.setWidth(Math.max(heading, Math.min(cells + CELL_MARGIN, cap)));
        } finally {
            gc.dispose();
            bold.dispose();
        }
    }

    /**
     * The font a heading is drawn in: the table's, in bold, as GTK's theme draws table headings (measured in the
     * regular font, "Rhagdybiaeth ffrwythlondeb" lost its last letters). The caller disposes it.
     */
    public static Font headingFont(Table table) {
        FontData[] data = table.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(d.getStyle() | SWT.BOLD);
        }
        return new Font(table.getDisplay(), data);
    }

    private static int imageWidth(Image image) {
        return image == null ? 0 : image.getBounds().width + 4;
    }
}
