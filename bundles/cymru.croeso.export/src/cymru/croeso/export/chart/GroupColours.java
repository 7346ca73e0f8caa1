package cymru.croeso.export.chart;

import java.awt.Color;

/**
 * The colours of origin groups in every chart, so that a group looks the same on the pyramid, the trend and in the
 * board pack. Okabe and Ito's palette (2008), chosen because it stays distinguishable for colour-blind readers; the
 * first group (UK-born in the default set) gets a muted blue so the smaller groups stand out against it.
 */
public final class GroupColours {
    private static final Color[] PALETTE = { new Color(0x9bb7d4), new Color(0x0072b2), new Color(0xe69f00),
            new Color(0xd55e00), new Color(0x009e73), new Color(0xcc79a7), new Color(0x56b4e9), new Color(0xf0e442),
            new Color(0x000000) };

    private GroupColours() {
    }

    /** The colour of the group at {@code index} in the project's list (repeats after nine groups). */
    public static Color of(int index) {
        return PALETTE[index % PALETTE.length];
    }
}
