package cymru.croeso.ui.analysis;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import cymru.croeso.model.Area;
import cymru.croeso.model.Scenario;

/** The analysis parts (in the chart stack, closed until asked for) and how to bring one forward on a subject. */
public final class AnalysisParts {
    public static final List<String> IDS = List.of(ServiceChartsPart.ID, ComparisonPart.ID, FanPart.ID);

    private AnalysisParts() {
    }

    static boolean isOne(String partId) {
        return partId != null && IDS.contains(partId);
    }

    /**
     * Shows the part and, when given, the scenario and area it should show (null: keep its own).
     *
     * @return the part's object, or null when the application model has no such part
     */
    public static AnalysisPart show(EPartService parts, String partId, Scenario scenario, Area area) {
        MPart part = parts.showPart(partId, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof AnalysisPart analysis) {
            analysis.show(scenario, area);
            return analysis;
        }
        return null;
    }
}
