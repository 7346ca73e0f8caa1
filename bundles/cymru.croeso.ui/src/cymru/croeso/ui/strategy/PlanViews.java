package cymru.croeso.ui.strategy;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cymru.croeso.model.Aim;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.Measurement;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;
import cymru.croeso.ui.indicators.IndicatorsPart;
import cymru.croeso.ui.parts.SashWeights;

/**
 * Opens the strategy editor or the indicators dashboard for what a planner chose in the explorer (the Strategy or
 * Indicators folder, or something in them), in the editor area, and gives the editor area room for them.
 */
public final class PlanViews {
    /** The explorer's folder keys (its message keys), which is how a folder is named when it is double-clicked. */
    public static final String STRATEGY_FOLDER = "explorer.strategy";
    public static final String INDICATORS_FOLDER = "explorer.indicators";
    /**
     * The editor area's share of the window's width (percent) these views need: the actions table has ten columns
     * and the timeline a year scale; at the default 24 % (about 300 pixels in a 1,280-pixel window) neither reads.
     */
    static final int EDITOR_SHARE = 52;

    private PlanViews() {
    }

    /**
     * Opens the view for {@code chosen} and shows it there; false when {@code chosen} is neither the strategy's nor
     * the indicators' (the explorer then does what it does otherwise).
     */
    public static boolean open(EPartService parts, Object chosen) {
        if (STRATEGY_FOLDER.equals(chosen) || chosen instanceof Theme || chosen instanceof Aim || chosen instanceof StrategyAction) {
            MPart part = show(parts, StrategyPart.ID);
            if (chosen instanceof StrategyAction action && part.getObject() instanceof StrategyPart strategy) {
                strategy.reveal(action);
            }
            return true;
        }
        if (INDICATORS_FOLDER.equals(chosen) || chosen instanceof Indicator || chosen instanceof Measurement) {
            MPart part = show(parts, IndicatorsPart.ID);
            Indicator indicator = chosen instanceof Measurement m ? (Indicator) m.eContainer()
                    : chosen instanceof Indicator i ? i : null;
            if (indicator != null && part.getObject() instanceof IndicatorsPart dashboard) {
                dashboard.reveal(indicator);
            }
            return true;
        }
        return false;
    }

    /** Shows a part made from its descriptor (created in the editor area the first time), widening the area. */
    public static MPart show(EPartService parts, String id) {
        MPart part = parts.showPart(id, EPartService.PartState.ACTIVATE);
        widen(part);
        return part;
    }

    /**
     * Gives the part's stack {@link #EDITOR_SHARE} % of its sash when it has less, taking the difference from the
     * widest of its neighbours; the planner can drag the sash back.
     */
    static void widen(MPart part) {
        // the editor stack may sit in a vertical sash (over the Problems part): widen what sits side by side
        MUIElement stack = part.getParent();
        while (stack != null && !((Object) stack.getParent() instanceof MPartSashContainer s && s.isHorizontal())) {
            stack = stack.getParent();
        }
        if (stack == null) {
            return;
        }
        SashWeights.widen(stack, SashWeights.total(stack.getParent()) * EDITOR_SHARE / 100,
                SashWeights.NARROWEST_NEIGHBOUR);
    }
}
