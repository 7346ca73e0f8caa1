package cymru.croeso.ui.parts;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;

/**
 * The weights by which a sash shares its room among its children (their container data; 100 when unset), and
 * widening one child at the expense of its widest neighbour, as the explorer and the strategy views do.
 */
public final class SashWeights {
    /** The least share of its sash that widening another part leaves a neighbour. */
    public static final double NARROWEST_NEIGHBOUR = 0.15;

    private SashWeights() {
    }

    public static double weight(MUIElement e) {
        try {
            return e.getContainerData() == null ? 100 : Double.parseDouble(e.getContainerData());
        } catch (NumberFormatException x) {
            return 100;
        }
    }

    /** The weights of the sash's shown children added up. */
    public static double total(MElementContainer<?> sash) {
        double total = 0;
        for (Object child : sash.getChildren()) {
            if (shown((MUIElement) child)) {
                total += weight((MUIElement) child);
            }
        }
        return total;
    }

    /**
     * Gives {@code element} the weight {@code wanted}, taking the difference from its widest shown neighbour, unless
     * that would leave the neighbour less than {@code neighbourShare} of the sash (then nothing changes).
     */
    public static void widen(MUIElement element, double wanted, double neighbourShare) {
        MElementContainer<?> sash = element.getParent();
        MUIElement widest = null;
        for (Object child : sash.getChildren()) {
            MUIElement e = (MUIElement) child;
            if (e != element && shown(e) && (widest == null || weight(e) > weight(widest))) {
                widest = e;
            }
        }
        double taken = wanted - weight(element);
        if (widest == null || taken <= 0 || weight(widest) - taken < total(sash) * neighbourShare) {
            return;
        }
        widest.setContainerData(String.valueOf(Math.round(weight(widest) - taken)));
        element.setContainerData(String.valueOf(Math.round(wanted)));
    }

    private static boolean shown(MUIElement e) {
        return e.isToBeRendered() && e.isVisible();
    }
}
