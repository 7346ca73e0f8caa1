package cymru.croeso.export.chart;

import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The look of charts printed in board papers: a bold title, a source line at the foot, white ground, and series
 * told apart by lightness and shape as well as colour, so a greyscale photocopy still reads.
 */
final class BoardPaperStyle {
    /** Dark blue: about 30 % luminance, so it stays dark in greyscale. */
    static final Color DARK = new Color(0x1f, 0x5f, 0x8b);
    /** Light salmon: about 72 % luminance, well apart from {@link #DARK} in greyscale. */
    static final Color LIGHT = new Color(0xe0, 0xa8, 0x96);
    static final Color GRID = new Color(0xd0, 0xd0, 0xd0);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font SOURCE = new Font(Font.SANS_SERIF, Font.PLAIN, 9);

    private BoardPaperStyle() {
    }

    static void finish(JFreeChart chart, String source) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        TextTitle sourceLine = new TextTitle(source, SOURCE);
        sourceLine.setPosition(RectangleEdge.BOTTOM);
        sourceLine.setHorizontalAlignment(HorizontalAlignment.LEFT);
        // index 0 is the outermost subtitle: the source line sits under the legend, at the foot
        chart.addSubtitle(0, sourceLine);
    }
}
