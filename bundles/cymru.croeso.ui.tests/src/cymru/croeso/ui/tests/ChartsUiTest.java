package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.ChartTesting.EXPORTS;
import static cymru.croeso.ui.tests.ChartTesting.exportsWithTitleAndKey;
import static cymru.croeso.ui.tests.ChartTesting.waitUntil;
import static cymru.croeso.ui.tests.WorkbenchUiTest.application;
import static cymru.croeso.ui.tests.WorkbenchUiTest.area;
import static cymru.croeso.ui.tests.WorkbenchUiTest.lang;
import static cymru.croeso.ui.tests.WorkbenchUiTest.part;
import static cymru.croeso.ui.tests.WorkbenchUiTest.screenshot;
import static cymru.croeso.ui.tests.WorkbenchUiTest.session;
import static cymru.croeso.ui.tests.WorkbenchUiTest.spin;
import static cymru.croeso.ui.tests.WorkbenchUiTest.welsh;
import static cymru.croeso.ui.tests.WorkbenchUiTest.window;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;


import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cymru.croeso.core.analysis.ComparedMeasure;
import cymru.croeso.core.analysis.FanOutput;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.services.ScenarioServices;
import cymru.croeso.core.workbench.GroupTrend;
import cymru.croeso.engine.services.EsolDemand;
import cymru.croeso.engine.services.HousingDemand;
import cymru.croeso.engine.services.SchoolPhase;
import cymru.croeso.engine.services.SchoolPlacesDemand;
import cymru.croeso.engine.services.ServiceDemand;
import cymru.croeso.export.chart.ComparisonChart;
import cymru.croeso.export.chart.FanChart;
import cymru.croeso.export.chart.SchoolPlacesChart;
import cymru.croeso.export.chart.ServiceChart;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.analysis.AnalysisHandler;
import cymru.croeso.ui.analysis.AnalysisPart;
import cymru.croeso.ui.analysis.ComparisonPart;
import cymru.croeso.ui.analysis.FanPart;
import cymru.croeso.ui.analysis.ServiceChartsPart;
import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.parts.PyramidPart;
import cymru.croeso.ui.parts.ScenarioPart;

/**
 * The analysis parts (services, scenario comparison, uncertainty fan) in the running workbench: opened from the
 * Analysis menu and the scenario part, their numbers against core's, their jobs, screenshots of each chart in the
 * run's language and an export of each through its menu.
 * Leaves the workbench as it found it: the analysis parts closed again, the pyramid in front, nothing edited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChartsUiTest {
    private static final String CARDIFF = "W06000015";
    private static final String ANALYSIS = "cymru.croeso.command.analysis";
    private static final String CHART_STACK = "cymru.croeso.stack.charts";
    private static final int YEAR = 2030;

    /** Runs Analysis › the item that opens {@code partId}, as the menu does. */
    private static void analysis(String partId) {
        IEclipseContext context = window().getContext();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(ANALYSIS,
                Map.of(AnalysisHandler.PART, partId));
        EHandlerService handlers = context.get(EHandlerService.class);
        assertTrue(handlers.canExecute(command), "Analysis cannot open " + partId + " now");
        handlers.executeHandler(command);
    }

    private static void waitForJob(AnalysisPart part) throws InterruptedException {
        waitUntil("the part's job", () -> part.getJob() != null && part.getJob().getState() == Job.NONE);
        spin(300);
    }

    private static <T> T open(String id, Class<T> type) throws Exception {
        analysis(id);
        spin(300);
        MPart part = part(id);
        assertTrue(application().getContext().get(EPartService.class).isPartVisible(part), id + " is not in front");
        MPartStack charts = (MPartStack) application().getContext().get(EModelService.class).find(CHART_STACK,
                application());
        assertTrue(charts.getChildren().contains(part), id + " is not in the chart stack");
        return type.cast(part.getObject());
    }

    private static Scenario scenario(int index) {
        return session().project().getScenarios().get(index);
    }

    private static ScenarioRun run(Scenario s) {
        return new ScenarioRunner(session().project()).run(s);
    }

    @Test
    @Order(1)
    void theAnalysisMenuIsThereInTheUsersLanguage() throws Exception {
        spin(500);
        Menu bar = (Menu) window().getMainMenu().getWidget();
        List<String> menus = Arrays.stream(bar.getItems()).map(i -> i.getText().replace("&", "")).toList();
        assertTrue(menus.contains(welsh() ? "Dadansoddi" : "Analysis"), menus.toString());
    }

    @Test
    @Order(2)
    void theServiceChartsPlotCoresNumbersForCardiff() throws Exception {
        ServiceChartsPart services = open(ServiceChartsPart.ID, ServiceChartsPart.class);
        services.show(scenario(0), area(CARDIFF));
        waitForJob(services);
        assertNotNull(services.getShown(), services.getStatus());
        assertEquals(CARDIFF, services.getShown().areaCode());
        // core's own numbers, worked out here through the service adapters without the part
        ScenarioRun run = run(scenario(0));
        ServiceDemand demand = ScenarioServices.of(run, run).demand(run);
        int area = run.result().shape().areaCodes().indexOf(CARDIFF);
        int y = YEAR - run.result().baseYear();
        SchoolPlacesDemand schools = demand.schools();
        JFreeChart schoolChart = services.getCanvases().get(0).getChart();
        for (SchoolPhase phase : SchoolPhase.values()) {
            double pupils = 0;
            double places = 0;
            for (int p = 0; p < schools.planningAreas().size(); p++) {
                if (schools.planningAreas().get(p).area() == area) {
                    pupils += schools.pupils(YEAR, p, phase);
                    places += schools.capacity(YEAR, p, phase);
                }
            }
            assertEquals(pupils, SchoolPlacesChart.valuesOf(schoolChart, phase.ordinal(), false)[y], 1e-6, phase.code());
            assertEquals(places, SchoolPlacesChart.valuesOf(schoolChart, phase.ordinal(), true)[y], 1e-6, phase.code());
        }
        assertTrue(SchoolPlacesChart.valuesOf(schoolChart, SchoolPhase.PRIMARY.ordinal(), false)[y] > 20_000,
                "Cardiff has tens of thousands of primary pupils");
        JFreeChart esol = services.getCanvases().get(1).getChart();
        assertEquals(demand.esol().get(EsolDemand.Measure.SEEKING_PLACE, YEAR, area),
                ServiceChart.valuesOf(esol, Messages.get("services.esolSeeking"))[y], 1e-6);
        assertEquals(demand.esol().get(EsolDemand.Measure.PLACES, YEAR, area),
                ServiceChart.valuesOf(esol, Messages.get("services.esolPlaces"))[y], 1e-6);
        JFreeChart housing = services.getCanvases().get(2).getChart();
        assertEquals(demand.housing().households(YEAR, area),
                ServiceChart.valuesOf(housing, Messages.get("services.households"))[y], 1e-6);
        assertEquals(demand.housing().get(HousingDemand.Measure.DWELLINGS_NEEDED, YEAR, area),
                ServiceChart.valuesOf(housing, Messages.get("services.dwellingsNeeded"))[y], 1e-6);
        String[] names = { "services-schools", "services-esol", "services-housing" };
        for (int tab = 0; tab < 3; tab++) {
            services.showTab(tab);
            ChartCanvas canvas = services.getCanvases().get(tab);
            int before = canvas.getPaintCount();
            waitUntil("the tab's chart painted", () -> canvas.getPaintCount() > before || canvas.getPaintCount() > 0);
            assertTrue(canvas.getSize().x > 300 && canvas.getSize().y > 300, "a service chart is too small: " + canvas.getSize());
            screenshot(names[tab]);
            exportsWithTitleAndKey(canvas, Files.createDirectories(EXPORTS.resolve(lang())).resolve(names[tab] + ".svg"));
        }
        services.showTab(1);
    }

    @Test
    @Order(3)
    void theComparisonsDifferenceIsOneScenarioMinusTheOther() throws Exception {
        ComparisonPart comparison = open(ComparisonPart.ID, ComparisonPart.class);
        comparison.show(null, area(CARDIFF));
        comparison.compare(List.of(scenario(0), scenario(1)), ComparedMeasure.POPULATION);
        waitForJob(comparison);
        assertNotNull(comparison.getShown(), comparison.getStatus());
        JFreeChart chart = comparison.getCanvas().getChart();
        double[] a = ComparisonChart.valuesOf(chart, 1);
        double[] b = ComparisonChart.valuesOf(chart, 0);
        double[] difference = ComparisonChart.differencesOf(chart, 1);
        GroupTrend principal = GroupTrend.of(run(scenario(0)).result(), CARDIFF);
        GroupTrend high = GroupTrend.of(run(scenario(1)).result(), CARDIFF);
        for (int y = 0; y < difference.length; y++) {
            assertEquals(a[y] - b[y], difference[y], 1e-6, "year " + y);
            assertEquals(high.total(principal.firstYear() + y) - principal.total(principal.firstYear() + y), difference[y],
                    1e-6, "year " + y);
        }
        assertTrue(difference[difference.length - 1] > 1000, "high migration adds people to Cardiff by the end");
        screenshot("comparison");
        exportsWithTitleAndKey(comparison.getCanvas(), EXPORTS.resolve(lang()).resolve("comparison.svg"));
        comparison.compare(List.of(scenario(0), scenario(1)), ComparedMeasure.HOUSING_GAP);
        waitForJob(comparison);
        assertEquals(ComparedMeasure.HOUSING_GAP, comparison.getShown().measure());
        double[] gaps = ComparisonChart.differencesOf(comparison.getCanvas().getChart(), 1);
        assertTrue(gaps[gaps.length - 1] < 0, "more people need more dwellings, so the gap falls");
        screenshot("comparison-housing");
    }

    @Test
    @Order(4)
    void theFanIsOrderedAndTheSameSeedGivesTheSameFan() throws Exception {
        FanPart fan = open(FanPart.ID, FanPart.class);
        fan.show(scenario(0), area(CARDIFF));
        // it starts by itself with the settings' 1,000 draws
        waitForJob(fan);
        assertNotNull(fan.getShown(), fan.getStatus());
        String thousand = java.text.NumberFormat.getIntegerInstance(Messages.locale()).format(1000);
        assertTrue(fan.getStatus().startsWith(thousand + " "), "not the settings' 1,000 draws: " + fan.getStatus());
        double[][] bands = FanChart.percentilesOf(fan.getCanvas().getChart());
        for (int y = 0; y < bands[0].length; y++) {
            for (int p = 1; p < 5; p++) {
                assertTrue(bands[p - 1][y] <= bands[p][y], "percentile " + p + " below the one before in year " + y);
            }
        }
        assertTrue(bands[4][bands[0].length - 1] > bands[0][bands[0].length - 1], "no spread by the last year");
        assertEquals(345_442, bands[2][0], 1e-6, "every draw starts from Cardiff's mid-2011 population");
        screenshot("fan");
        exportsWithTitleAndKey(fan.getCanvas(), EXPORTS.resolve(lang()).resolve("fan.svg"));
        fan.run(FanOutput.TOTAL, 150, 7).join();
        waitForJob(fan);
        double[][] first = FanChart.percentilesOf(fan.getCanvas().getChart());
        fan.run(FanOutput.TOTAL, 150, 7).join();
        waitForJob(fan);
        assertArrayEquals(first, FanChart.percentilesOf(fan.getCanvas().getChart()));
        fan.run(FanOutput.DEPENDENCY_RATIO, 150, 1).join();
        waitForJob(fan);
        double median = FanChart.percentilesOf(fan.getCanvas().getChart())[2][0];
        assertTrue(median > 0.1 && median < 0.5, "Cardiff's old-age dependency ratio " + median);
        screenshot("fan-ratio");
    }

    @Test
    @Order(5)
    void cancelStopsTheFansJobPartWay() throws Exception {
        FanPart fan = (FanPart) part(FanPart.ID).getObject();
        JFreeChart before = fan.getCanvas().getChart();
        Job job = fan.run(FanOutput.DEPENDENCY_RATIO, 100_000, 1);
        waitUntil("some draws", () -> fan.getDrawsDone() > 0);
        fan.cancel();
        job.join();
        spin(300);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), String.valueOf(job.getResult()));
        assertTrue(fan.getDrawsDone() < 100_000, "the run went to the end");
        assertTrue(fan.getStatus().startsWith(welsh() ? "Wedi stopio" : "Stopped"), fan.getStatus());
        assertTrue(fan.getCanvas().getChart() == before, "a cancelled run keeps the fan that was there");
    }

    @Test
    @Order(6)
    void theScenarioPartsLinksOpenTheAnalysisOfItsScenarioAndArea() throws Exception {
        EPartService parts = application().getContext().get(EPartService.class);
        parts.activate(part(ScenarioPart.ID));
        spin(300);
        ScenarioPart scenarioPart = (ScenarioPart) part(ScenarioPart.ID).getObject();
        Link link = find((Control) part(ScenarioPart.ID).getWidget(), Link.class);
        assertNotNull(link, "the scenario part has no analysis links");
        Event click = new Event();
        click.text = "services";
        link.notifyListeners(SWT.Selection, click);
        spin(300);
        assertTrue(parts.isPartVisible(part(ServiceChartsPart.ID)));
        ServiceChartsPart services = (ServiceChartsPart) part(ServiceChartsPart.ID).getObject();
        assertEquals(scenarioPart.getScenario(), services.getScenario());
        waitForJob(services);
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @AfterAll
    static void closeTheAnalysisParts() throws Exception {
        EPartService parts = application().getContext().get(EPartService.class);
        for (String id : List.of(ServiceChartsPart.ID, ComparisonPart.ID, FanPart.ID)) {
            MPart part = part(id);
            if (part.getObject() instanceof AnalysisPart analysis && analysis.getJob() != null) {
                analysis.getJob().cancel();
                analysis.getJob().join();
            }
            if (part.isToBeRendered()) {
                parts.hidePart(part);
            }
        }
        parts.activate(part(PyramidPart.ID));
        spin(300);
        assertFalse(session().isDirty(), "the charts must not edit the project");
    }
}
