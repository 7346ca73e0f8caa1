package cymru.croeso.ui.strategy;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Window › Strategy: opens the strategy editor. */
public class OpenStrategyHandler {
    @Execute
    public void execute(EPartService parts) {
        PlanViews.open(parts, PlanViews.STRATEGY_FOLDER);
    }
}
