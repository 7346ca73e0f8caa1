package cymru.croeso.ui.chart;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.jfree.swt.SWTUtils;

/**
 * The SWT fonts a chart canvas draws its chart's AWT fonts in, made once and kept until the canvas is disposed, with
 * each font's ascent. The Graphics2D bridge on its own makes every font afresh on each paint (a scratch GC and a few
 * trial fonts to match Java2D's width each time) and asks Pango for the ascent before every string: on a chart that
 * repaints on every slider move that was a fifth of the drawing time.
 */
final class ScreenFonts {
    /** An SWT font and its ascent in pixels (-1 until first measured on a GC). */
    static final class Entry {
        final Font font;
        int ascent = -1;

        Entry(Font font) {
            this.font = font;
        }
    }

    private final Map<java.awt.Font, Entry> fonts = new HashMap<>();

    /** The SWT font for an AWT font, made as the bridge would make it (same size as Java2D draws it). */
    Entry get(Device device, java.awt.Font awt) {
        return fonts.computeIfAbsent(awt, f -> new Entry(new Font(device, SWTUtils.toSwtFontData(device, f, true))));
    }

    /** The entry's ascent, measured once on a GC that has its font set. */
    static int ascent(Entry entry, GC gc) {
        if (entry.ascent < 0) {
            entry.ascent = gc.getFontMetrics().getAscent();
        }
        return entry.ascent;
    }

    void dispose() {
        fonts.values().forEach(e -> e.font.dispose());
        fonts.clear();
    }
}
