package cymru.croeso.ui.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.jfree.chart.JFreeChart;

import cymru.croeso.core.analysis.AreaServices;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.engine.services.SchoolPhase;
import cymru.croeso.export.chart.SchoolPlacesChart;
import cymru.croeso.export.chart.ServiceChart;
import cymru.croeso.model.Area;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.chart.KeyOnTop;
import jakarta.annotation.PostConstruct;

/**
 * The selected area's services under the selected scenario, one tab each: pupils against school places by phase,
 * adults seeking ESOL against places and learners served, households against dwellings needed and available.
 */
public class ServiceChartsPart extends AnalysisPart {
    public static final String ID = "cymru.croeso.ui.part.services";

    private TabFolder tabs;
    private ChartCanvas schools;
    private ChartCanvas esol;
    private ChartCanvas housing;
    private AreaServices shown;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        createStatus(body);
        tabs = new TabFolder(body, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        schools = tab(Messages.get("services.schools"));
        esol = tab(Messages.get("services.esol"));
        housing = tab(Messages.get("services.housing"));
        init(body);
    }

    private ChartCanvas tab(String name) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(name);
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new FillLayout());
        item.setControl(page);
        return new ChartCanvas(page, SWT.NONE);
    }

    @Override
    protected void refresh() {
        Scenario s = scenario;
        Area a = area;
        showStatus(Messages.format("analysis.calculating", Messages.get("services.what"), areaName()));
        computation.start(Messages.format("analysis.job", Messages.get("services.what")), monitor -> {
            ScenarioRun run = runs.run(s);
            return AreaServices.of(run, runs.root(run), a.getCode());
        }, new Computation.Outcome<AreaServices>() {
            @Override
            public void done(AreaServices result) {
                showStatus("");
                show(result);
            }

            @Override
            public void failed(String reason) {
                showStatus(Messages.format("analysis.failed", reason));
            }
        });
    }

    private void show(AreaServices s) {
        shown = s;
        String place = areaName();
        String source = Messages.get("services.source");
        List<String> phases = new ArrayList<>();
        for (SchoolPhase phase : SchoolPhase.values()) {
            phases.add(Messages.get("services.phase." + phase.code()));
        }
        schools.setChart(onScreen(SchoolPlacesChart.create(Messages.format("services.schoolsTitle", place, scenarioName()),
                phases, s.firstYear(), s.pupils(), s.schoolPlaces(), Messages.get("services.pupils"),
                Messages.get("services.places"), s.schoolEstate() ? null : Messages.get("services.noEstate"), source,
                Messages.locale())));
        esol.setChart(onScreen(ServiceChart.create(Messages.format("services.esolTitle", place, scenarioName()),
                s.firstYear(), List.of(
                        new ServiceChart.Line(Messages.get("services.esolSeeking"), s.esolSeeking(), ServiceChart.DEMAND, false),
                        new ServiceChart.Line(Messages.get("services.esolServed"), s.esolServed(), ServiceChart.OTHER, false),
                        new ServiceChart.Line(Messages.get("services.esolPlaces"), s.esolPlaces(), ServiceChart.CAPACITY, true)),
                Messages.get("services.esolAxis"), s.esolProviders() ? null : Messages.get("services.noEsol"), source,
                Messages.locale())));
        housing.setChart(onScreen(ServiceChart.create(Messages.format("services.housingTitle", place, scenarioName()),
                s.firstYear(), List.of(
                        new ServiceChart.Line(Messages.get("services.households"), s.households(), ServiceChart.OTHER, false),
                        new ServiceChart.Line(Messages.get("services.dwellingsNeeded"), s.dwellingsNeeded(), ServiceChart.DEMAND, false),
                        new ServiceChart.Line(Messages.get("services.dwellingsAvailable"), s.dwellingsAvailable(),
                                ServiceChart.CAPACITY, true)),
                Messages.get("services.housingAxis"), s.housingStock() ? null : Messages.get("services.noStock"), source,
                Messages.locale())));
    }

    static JFreeChart onScreen(JFreeChart chart) {
        return KeyOnTop.of(chart);
    }

    /** The numbers the charts show, or null before the first result. */
    public AreaServices getShown() {
        return shown;
    }

    public List<ChartCanvas> getCanvases() {
        return List.of(schools, esol, housing);
    }

    /** Brings the tab with a canvas of {@link #getCanvases()} forward (0 schools, 1 ESOL, 2 housing). */
    public void showTab(int index) {
        tabs.setSelection(index);
    }

    @Focus
    public void setFocus() {
        tabs.setFocus();
    }
}
