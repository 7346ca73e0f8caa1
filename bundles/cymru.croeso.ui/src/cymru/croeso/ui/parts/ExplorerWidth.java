package cymru.croeso.ui.parts;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Widens the explorer's column of the window to its longest shown label ("Castell-nedd Port Talbot" and other Welsh
 * names run long), taking the room from the widest of its neighbours (the charts, not the editor area at the
 * default layout) and never more than {@link #MAX_SHARE} % of the window.
 */
final class ExplorerWidth {
    /** The most of the window's width the explorer takes for its labels; a longer label scrolls. */
    static final double MAX_SHARE = 0.30;
    /** Room after the text: the focus frame's padding and a little air before the border. */
    static final int TEXT_MARGIN = 12;

    private ExplorerWidth() {
    }

    /** The tree's width in which every shown label is whole, scroll bar included. */
    static int needed(Tree tree) {
        GC gc = new GC(tree);
        try {
            gc.setFont(tree.getFont());
            int widest = 0;
            for (TreeItem item : tree.getItems()) {
                widest = Math.max(widest, widest(item, gc));
            }
            int scrollBar = tree.getVerticalBar() == null ? 0 : tree.getVerticalBar().getSize().x;
            return widest + TEXT_MARGIN + scrollBar + tree.getBorderWidth() * 2;
        } finally {
            gc.dispose();
        }
    }

    private static int widest(TreeItem item, GC gc) {
        Rectangle bounds = item.getBounds();
        int widest = bounds.x + gc.textExtent(item.getText()).x;
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                widest = Math.max(widest, widest(child, gc));
            }
        }
        return widest;
    }

    /** Gives the part's stack the width its tree needs, in the weights of the sash it sits in. */
    static void fit(MPart part, Tree tree) {
        int missing = needed(tree) - tree.getSize().x;
        MUIElement stack = part.getParent();
        if (missing <= 0 || stack == null || !((Object) stack.getParent() instanceof MPartSashContainer)) {
            return;
        }
        MElementContainer<?> sash = stack.getParent();
        if (!(sash.getWidget() instanceof Control control) || control.getSize().x <= 0) {
            return;
        }
        double total = SashWeights.total(sash);
        double perPixel = total / control.getSize().x;
        SashWeights.widen(stack, Math.min(SashWeights.weight(stack) + Math.ceil(missing * perPixel), total * MAX_SHARE),
                SashWeights.NARROWEST_NEIGHBOUR);
    }
}
