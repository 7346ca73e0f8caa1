package cymru.croeso.ui.chart;

import org.eclipse.swt.graphics.GC;
import org.jfree.swt.SWTGraphics2D;

/**
 * The SWT Graphics2D bridge drawing a chart canvas's chart with the canvas's {@link ScreenFonts}: the same fonts and
 * the same text positions as the plain bridge, without making the fonts again on every paint.
 */
final class CanvasGraphics extends SWTGraphics2D {
    private final GC gc;
    private final ScreenFonts fonts;
    private java.awt.Font font;
    private ScreenFonts.Entry current;

    CanvasGraphics(GC gc, ScreenFonts fonts) {
        super(gc);
        this.gc = gc;
        this.fonts = fonts;
    }

    @Override
    public void setFont(java.awt.Font newFont) {
        if (newFont == null) {
            return;
        }
        font = newFont;
        current = fonts.get(gc.getDevice(), newFont);
        gc.setFont(current.font);
    }

    @Override
    public java.awt.Font getFont() {
        return font;
    }

    /** As the bridge draws a string (its baseline at y), with the font's ascent looked up once rather than per string. */
    @Override
    public void drawString(String text, float x, float y) {
        if (text == null) {
            throw new NullPointerException("Null 'text' argument.");
        }
        int ascent = current == null ? gc.getFontMetrics().getAscent() : ScreenFonts.ascent(current, gc);
        gc.drawString(text, (int) x, (int) (y - ascent), true);
    }
}
