package cymru.croeso.ui.analysis;

import java.util.function.Supplier;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;

import cymru.croeso.model.Area;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.Messages;

/**
 * The links a scenario's chart offers to the analysis of the same scenario and area: its services, a comparison
 * with other scenarios, its uncertainty fan.
 */
public final class AnalysisLinks {

    private AnalysisLinks() {
    }

    public static Link create(Composite parent, EPartService parts, Supplier<Scenario> scenario, Supplier<Area> area) {
        Link link = new Link(parent, SWT.NONE);
        link.setText(Messages.get("analysis.links"));
        link.addListener(SWT.Selection, e -> {
            String id = switch (e.text) {
                case "services" -> ServiceChartsPart.ID;
                case "comparison" -> ComparisonPart.ID;
                default -> FanPart.ID;
            };
            AnalysisParts.show(parts, id, scenario.get(), area.get());
        });
        return link;
    }
}
