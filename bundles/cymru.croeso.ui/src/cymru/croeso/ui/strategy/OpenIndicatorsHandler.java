package cymru.croeso.ui.strategy;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Window › Integration indicators: opens the indicators dashboard. */
public class OpenIndicatorsHandler {
    @Execute
    public void execute(EPartService parts) {
        PlanViews.open(parts, PlanViews.INDICATORS_FOLDER);
    }
}
