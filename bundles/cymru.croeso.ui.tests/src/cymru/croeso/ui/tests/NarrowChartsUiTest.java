package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.WorkbenchUiTest.part;
import static cymru.croeso.ui.tests.WorkbenchUiTest.screenshot;
import static cymru.croeso.ui.tests.WorkbenchUiTest.spin;
import static cymru.croeso.ui.tests.WorkbenchUiTest.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.junit.jupiter.api.Test;

import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.indicators.IndicatorsPart;
import cymru.croeso.ui.parts.ScenarioPart;
import cymru.croeso.ui.strategy.PlanViews;

/**
 * When the indicators dashboard widens the editor area, the scenario part beside it is narrow: its trend and pyramid
 * then stand one above the other, each as wide as the part, instead of two cut charts side by side.
 */
class NarrowChartsUiTest {
    @Test
    void theScenarioChartsStackWhenThePartIsNarrow() throws Exception {
        EPartService parts = window().getContext().get(EPartService.class);
        MPart scenarioPart = part(ScenarioPart.ID);
        MElementContainer<?> sash = scenarioPart.getParent().getParent();
        List<String> weights = sash.getChildren().stream().map(MUIElement::getContainerData).toList();
        MPart dashboard = PlanViews.show(parts, IndicatorsPart.ID);
        try {
            parts.showPart(scenarioPart, EPartService.PartState.VISIBLE);
            spin(500);
            ScenarioPart scenario = (ScenarioPart) scenarioPart.getObject();
            ChartCanvas trend = scenario.getTrendCanvas();
            ChartCanvas pyramid = scenario.getPyramidCanvas();
            SashForm charts = (SashForm) trend.getParent();
            int width = charts.getSize().x;
            if (width < 640) {
                assertEquals(SWT.VERTICAL, charts.getOrientation(), "narrow (" + width + " px): one chart above the other");
                assertEquals(width, trend.getSize().x, "the trend takes the part's whole width");
                assertEquals(width, pyramid.getSize().x, "the pyramid takes the part's whole width");
            } else {
                assertEquals(SWT.HORIZONTAL, charts.getOrientation(), "wide (" + width + " px): side by side");
            }
            assertTrue(trend.getSize().x >= 300 && pyramid.getSize().x >= 300,
                    "each chart at least 300 px wide: " + trend.getSize() + ", " + pyramid.getSize());
            screenshot("scenario-narrow");
        } finally {
            parts.hidePart(dashboard, true);
            // the other classes find the window as it was laid out
            for (int i = 0; i < weights.size(); i++) {
                ((MUIElement) sash.getChildren().get(i)).setContainerData(weights.get(i));
            }
            spin(300);
        }
    }
}
