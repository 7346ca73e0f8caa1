package cymru.croeso.ui.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;

import cymru.croeso.export.chart.GroupKey;

/**
 * Replaces a chart's group key by a {@link ScreenKey} under its title: at the bottom of a part the key is the first
 * thing a short window (or a projector's cropped edge) hides, and the groups are what the reader needs first.
 */
public final class KeyOnTop {

    private KeyOnTop() {
    }

    public static JFreeChart of(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof GroupKey key) {
                chart.removeSubtitle(key);
                chart.addSubtitle(i, new ScreenKey(key.names(), key.paints(), key.font(), RectangleEdge.TOP));
                break;
            }
        }
        return chart;
    }
}
