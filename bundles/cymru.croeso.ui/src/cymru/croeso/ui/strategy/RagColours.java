package cymru.croeso.ui.strategy;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import cymru.croeso.model.RagStatus;

/**
 * The colours of red, amber and green statuses and of "no data", the same in the actions table, the timeline and the
 * indicators' chips: strong enough to read as a status at a glance, each with the text colour that stays legible on it.
 */
public final class RagColours {
    public static final RGB RED = new RGB(0xc6, 0x28, 0x28);
    public static final RGB AMBER = new RGB(0xf9, 0xa8, 0x25);
    public static final RGB GREEN = new RGB(0x2e, 0x7d, 0x32);
    public static final RGB NO_DATA = new RGB(0xbd, 0xbd, 0xbd);

    private RagColours() {
    }

    public static Color of(RagStatus status) {
        return new Color(status == null ? NO_DATA : switch (status) {
            case RED -> RED;
            case AMBER -> AMBER;
            case GREEN -> GREEN;
        });
    }

    /** The indicators' four states (red, amber, green, no data). */
    public static Color of(cymru.croeso.data.indicators.RagStatus status) {
        return new Color(switch (status) {
            case RED -> RED;
            case AMBER -> AMBER;
            case GREEN -> GREEN;
            case NO_DATA -> NO_DATA;
        });
    }

    /** Black on amber and grey, white on red and green. */
    public static Color textOn(RGB background) {
        return background.equals(AMBER) || background.equals(NO_DATA) ? new Color(0, 0, 0) : new Color(255, 255, 255);
    }

    /** A light tint of a status colour, for a table cell's background behind dark text. */
    public static Color tint(RagStatus status) {
        RGB c = status == null ? NO_DATA : switch (status) {
            case RED -> RED;
            case AMBER -> AMBER;
            case GREEN -> GREEN;
        };
        return new Color((c.red + 3 * 255) / 4, (c.green + 3 * 255) / 4, (c.blue + 3 * 255) / 4);
    }
}
