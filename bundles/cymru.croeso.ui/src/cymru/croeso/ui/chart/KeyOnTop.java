package cymru.croeso.ui.chart;

import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;

import cymru.croeso.export.chart.GroupColours;
import cymru.croeso.export.chart.GroupKey;

/**
 * Replaces a chart's group key by a {@link ScreenKey} under its title: at the bottom of a part the key is the first
 * thing a short window (or a projector's cropped edge) hides, and the groups are what the reader needs first.
 */
public final class KeyOnTop {
    /** The export charts' key type at its default size. */
    private static final Font KEY_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private KeyOnTop() {
    }

    public static JFreeChart of(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof GroupKey key) {
                // the export charts colour group g with GroupColours.of(g), in the key's order
                List<Paint> paints = new ArrayList<>();
                for (int g = 0; g < key.names().size(); g++) {
                    paints.add(GroupColours.of(g));
                }
                chart.removeSubtitle(key);
                chart.addSubtitle(i, new ScreenKey(key.names(), paints, KEY_FONT, RectangleEdge.TOP));
                break;
            }
        }
        return chart;
    }
}
