package cymru.croeso.ui.parts;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.core.workbench.GroupPyramid;
import cymru.croeso.core.workbench.GroupTrend;
import cymru.croeso.export.chart.GroupPyramidChart;
import cymru.croeso.export.chart.PopulationTrendChart;
import cymru.croeso.model.Area;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.analysis.AnalysisLinks;
import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.chart.KeyOnTop;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A scenario's result for the selected area: population by origin group over the projection years, and beside it
 * the projected pyramid of the year the slider picks.
 */
public class ScenarioPart {
    /** The narrowest the part may be for its two charts to stand side by side (each about 300 px or more). */
    static final int SIDE_BY_SIDE = 640;
    public static final String ID = "cymru.croeso.ui.part.scenario";

    @Inject
    private ProjectSession session;
    @Inject
    private EPartService partService;

    private final Map<Scenario, ScenarioRun> runs = new HashMap<>();
    private final CommandStackListener stale = e -> {
        runs.clear();
        refresh();
    };
    private ChartCanvas trendCanvas;
    private ChartCanvas pyramidCanvas;
    private Scale years;
    private Label yearLabel;
    private Label problem;
    private Scenario scenario;
    private Area area;
    private ScenarioRun run;
    private GroupTrend trend;
    private GroupPyramid pyramid;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        problem = new Label(parent, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        AnalysisLinks.create(parent, partService, () -> scenario, () -> area)
                .setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite slider = new Composite(parent, SWT.NONE);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        slider.setLayout(new GridLayout(2, false));
        yearLabel = new Label(slider, SWT.NONE);
        yearLabel.setFont(JFaceResources.getBannerFont());
        yearLabel.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        years = new Scale(slider, SWT.HORIZONTAL);
        years.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        years.addListener(SWT.Selection, e -> showYear(years.getSelection()));
        // the slider sits above the charts: the bottom edge of a window is the first thing a small screen hides
        SashForm charts = new SashForm(parent, SWT.HORIZONTAL);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        trendCanvas = new ChartCanvas(charts, SWT.NONE);
        pyramidCanvas = new ChartCanvas(charts, SWT.NONE);
        charts.setWeights(55, 45);
        // side by side where there is room, one above the other in a narrow column (when the strategy views widen the
        // editor area): side by side at 360 px, the legends were cut and the years ran into each other
        charts.addListener(SWT.Resize, e -> {
            int orientation = charts.getSize().x < SIDE_BY_SIDE ? SWT.VERTICAL : SWT.HORIZONTAL;
            if (charts.getOrientation() != orientation) {
                charts.setOrientation(orientation);
            }
        });
        // e4 injects the current selection before this method runs: keep what was chosen then
        if (scenario == null && !session.project().getScenarios().isEmpty()) {
            scenario = session.project().getScenarios().get(0);
        }
        if (area == null) {
            area = SelectedArea.initial(session.project());
        }
        refresh();
        session.commandStack().addCommandStackListener(stale);
    }

    @Inject
    @Optional
    public void scenarioSelected(@Named(IServiceConstants.ACTIVE_SELECTION) Scenario selected) {
        if (selected == null) {
            return;
        }
        scenario = selected;
        if (trendCanvas != null) {
            refresh();
        }
    }

    @Inject
    @Optional
    public void areaSelected(@Named(IServiceConstants.ACTIVE_SELECTION) Area selected) {
        if (selected == null) {
            return;
        }
        area = selected;
        if (trendCanvas != null) {
            refresh();
        }
    }

    private void refresh() {
        if (trendCanvas.isDisposed() || scenario == null || area == null) {
            return;
        }
        try {
            run = runs.computeIfAbsent(scenario, s -> new ScenarioRunner(session.project()).run(s));
            showProblem("");
        } catch (RuntimeException e) {
            showProblem(Messages.format("scenario.failed", scenario.getName(), e.getMessage()));
            return;
        }
        trend = GroupTrend.of(run.result(), area.getCode());
        String name = ProjectLabels.of(area);
        trendCanvas.setChart(KeyOnTop.of(PopulationTrendChart.create(
                Messages.format("scenario.title", ProjectLabels.of(scenario), name),
                PyramidPart.groupNames(session.project().getBasePopulation().getGroups()), trend.firstYear(),
                trend.totals(), Messages.get("scenario.allGroups"), Messages.get("scenario.bornAbroad"),
                Messages.get("scenario.source"), Messages.locale())));
        int year = Math.max(trend.firstYear(), Math.min(trend.lastYear(), years.getSelection()));
        // maximum first: SWT ignores a minimum at or above the current maximum (100 on a new slider)
        years.setMaximum(trend.lastYear());
        years.setMinimum(trend.firstYear());
        years.setPageIncrement(5);
        years.setSelection(year);
        pyramidCanvas.setChart(null);
        showYear(year);
        problem.getParent().layout(true, true);
    }

    private void showProblem(String text) {
        problem.setText(text);
        ((GridData) problem.getLayoutData()).exclude = text.isEmpty();
        problem.setVisible(!text.isEmpty());
        problem.getParent().layout(true, true);
    }

    /** Shows the projected pyramid of {@code year} and marks the year on the trend. */
    public void showYear(int year) {
        if (run == null) {
            return;
        }
        if (years.getSelection() != year) {
            years.setSelection(year);
            years.redraw();
        }
        yearLabel.setText(Messages.format("scenario.year", String.valueOf(year)));
        yearLabel.getParent().layout();
        pyramid = GroupPyramid.ofRun(run, session.project().getBasePopulation(), area, year);
        String title = Messages.format("scenario.pyramidTitle", ProjectLabels.of(area), String.valueOf(year));
        if (pyramidCanvas.getChart() == null) {
            pyramidCanvas.setChart(KeyOnTop.of(GroupPyramidChart.create(title, PyramidPart.groupNames(pyramid.groups()),
                    pyramid.males(), pyramid.females(), null, Messages.locale())));
        } else {
            GroupPyramidChart.update(pyramidCanvas.getChart(), title, pyramid.males(), pyramid.females());
        }
        PopulationTrendChart.markYear(trendCanvas.getChart(), year);
    }

    public ChartCanvas getTrendCanvas() {
        return trendCanvas;
    }

    public ChartCanvas getPyramidCanvas() {
        return pyramidCanvas;
    }

    public GroupTrend getTrend() {
        return trend;
    }

    public GroupPyramid getPyramid() {
        return pyramid;
    }

    public Scenario getScenario() {
        return scenario;
    }

    @PreDestroy
    public void dispose() {
        session.commandStack().removeCommandStackListener(stale);
    }

    @Focus
    public void setFocus() {
        years.setFocus();
    }
}
