package cymru.croeso.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import cymru.croeso.core.analysis.ComparedMeasure;
import cymru.croeso.core.analysis.ScenarioBreakdown;
import cymru.croeso.core.analysis.ScenarioLines;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.export.chart.ComparisonChart;
import cymru.croeso.model.Area;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.chart.KeyOnTop;
import cymru.croeso.ui.parts.ProjectLabels;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Two or more scenarios compared for the selected area: their population (or a service's gap) over the years, and
 * below, each one's difference from the first ticked. The scenarios are ticked in a list beside the chart; the
 * first two start ticked.
 */
public class ComparisonPart extends AnalysisPart {
    public static final String ID = "cymru.croeso.ui.part.comparison";

    private Table scenarios;
    private Combo measures;
    private ChartCanvas canvas;
    private ScenarioLines shown;
    private BreakdownTable breakdown;
    private final CommandStackListener scenariosChanged = e -> fillScenarios();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        // the measure across the top, where its longer names have room
        Composite top = new Composite(body, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout topLayout = new GridLayout(2, false);
        topLayout.marginWidth = 0;
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        new Label(top, SWT.NONE).setText(Messages.get("comparison.measure"));
        measures = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (ComparedMeasure m : ComparedMeasure.values()) {
            measures.add(Messages.get("comparison.measure." + m.name()));
        }
        measures.select(0);
        measures.addListener(SWT.Selection, e -> changed());
        createStatus(body);
        // the chart beside the scenarios, over the breakdown by origin group and age band (the whole width: Welsh
        // group names are long, and each scenario after the first has two columns)
        SashForm over = new SashForm(body, SWT.VERTICAL);
        over.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm sash = new SashForm(over, SWT.HORIZONTAL);
        Composite choices = new Composite(sash, SWT.NONE);
        GridLayout choicesLayout = new GridLayout(1, false);
        choicesLayout.marginWidth = 0;
        choices.setLayout(choicesLayout);
        Label scenariosLabel = new Label(choices, SWT.WRAP);
        scenariosLabel.setText(Messages.get("comparison.scenarios"));
        scenariosLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scenarios = new Table(choices, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        scenarios.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scenarios.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                changed();
            }
        });
        canvas = new ChartCanvas(sash, SWT.NONE);
        sash.setWeights(22, 78);
        breakdown = new BreakdownTable(over);
        over.setWeights(55, 45);
        fillScenarios();
        // before the base's listener, so that a scenario undone away is unticked before the chart is worked out
        session.commandStack().addCommandStackListener(scenariosChanged);
        init(body);
    }

    /** Lists the project's scenarios, keeping what was ticked; the first two are ticked at the start. */
    private void fillScenarios() {
        if (scenarios.isDisposed()) {
            return;
        }
        List<Scenario> ticked = ticked();
        boolean first = scenarios.getItemCount() == 0;
        scenarios.removeAll();
        List<Scenario> all = session.project().getScenarios();
        for (int i = 0; i < all.size(); i++) {
            TableItem item = new TableItem(scenarios, SWT.NONE);
            item.setText(ProjectLabels.of(all.get(i)));
            item.setData(all.get(i));
            item.setChecked(first ? i < 2 : ticked.contains(all.get(i)));
        }
    }

    private List<Scenario> ticked() {
        List<Scenario> out = new ArrayList<>();
        for (TableItem item : scenarios.getItems()) {
            if (item.getChecked()) {
                out.add((Scenario) item.getData());
            }
        }
        return out;
    }

    /** Also ticks the scenario asked for (from a scenario's link), so that it is among those compared. */
    @Override
    public void show(Scenario newScenario, Area newArea) {
        boolean ticked = false;
        for (TableItem item : scenarios.getItems()) {
            if (newScenario != null && item.getData() == newScenario && !item.getChecked()) {
                item.setChecked(true);
                ticked = true;
            }
        }
        super.show(newScenario, newArea);
        if (ticked) {
            changed();
        }
    }

    /** Ticks exactly these scenarios (the first is the reference) and compares them. */
    public void compare(List<Scenario> chosen, ComparedMeasure measure) {
        for (TableItem item : scenarios.getItems()) {
            item.setChecked(chosen.contains(item.getData()));
        }
        measures.select(measure.ordinal());
        changed();
    }

    @Override
    protected void refresh() {
        List<Scenario> chosen = ticked();
        if (chosen.size() < 2) {
            canvas.setChart(null);
            shown = null;
            breakdown.clear();
            showStatus(Messages.get("comparison.tickTwo"));
            return;
        }
        ComparedMeasure measure = ComparedMeasure.values()[Math.max(0, measures.getSelectionIndex())];
        Area a = area;
        List<String> names = names(chosen);
        showStatus(Messages.format("analysis.calculating", Messages.get("comparison.what"), areaName()));
        computation.start(Messages.format("analysis.job", Messages.get("comparison.what")), monitor -> {
            List<ScenarioRun> compared = new ArrayList<>();
            List<ScenarioRun> roots = new ArrayList<>();
            for (Scenario s : chosen) {
                ScenarioRun run = runs.run(s);
                compared.add(run);
                roots.add(runs.root(run));
            }
            return new Compared(ScenarioLines.compare(compared, roots, a.getCode(), measure),
                    ScenarioBreakdown.of(compared, a.getCode()));
        }, new Computation.Outcome<Compared>() {
            @Override
            public void done(Compared result) {
                showStatus("");
                show(result.lines(), names);
                breakdown.show(result.breakdown(), names, ComparisonPart.this::groupName);
            }

            @Override
            public void failed(String reason) {
                showStatus(Messages.format("analysis.failed", reason));
            }
        });
    }

    private void show(ScenarioLines lines, List<String> names) {
        shown = lines;
        String measure = Messages.get("comparison.measure." + lines.measure().name());
        String axis = Messages.get(lines.measure().isService() ? "comparison.gapAxis" : "comparison.personsAxis");
        String note = Messages.format("comparison.note", names.get(0));
        String missing = missingService(lines.measure());
        canvas.setChart(KeyOnTop.of(ComparisonChart.create(Messages.format("comparison.title", areaName(), measure), names,
                lines.firstYear(), lines.values(), lines.differences(), axis, Messages.get("comparison.differenceAxis"),
                true, missing == null ? note : note + " " + missing, Messages.get("services.source"),
                Messages.locale())));
    }

    /** What the reader must know when the project records none of the compared service's capacity, or null. */
    private String missingService(ComparedMeasure measure) {
        var services = session.project().getServices();
        return switch (measure) {
            case SCHOOL_PLACES_GAP -> services == null || services.getSchoolEstates().isEmpty()
                    ? Messages.get("comparison.noEstate") : null;
            case ESOL_GAP -> services == null || services.getEsolProviders().isEmpty()
                    ? Messages.get("comparison.noEsol") : null;
            case HOUSING_GAP -> services == null || services.getHousingStocks().isEmpty()
                    ? Messages.get("services.noStock") : null;
            case GP_GAP -> services == null || services.getGpPractices().isEmpty()
                    ? Messages.get("comparison.noGp") : null;
            case POPULATION -> null;
        };
    }

    /** The scenarios' names, with the id added where two share a name (the chart's key needs them apart). */
    private static List<String> names(List<Scenario> chosen) {
        Map<String, Integer> seen = new HashMap<>();
        chosen.forEach(s -> seen.merge(ProjectLabels.of(s), 1, Integer::sum));
        return chosen.stream().map(s -> seen.get(ProjectLabels.of(s)) > 1 ? ProjectLabels.of(s) + " (" + s.getId() + ")"
                : ProjectLabels.of(s)).toList();
    }

    private String groupName(String id) {
        return session.project().getGroups().stream().filter(g -> id.equals(g.getId())).findFirst()
                .map(ProjectLabels::of).orElse(id);
    }

    public ScenarioLines getShown() {
        return shown;
    }

    /** The breakdown by origin group and age band under the chart. */
    public Table getBreakdown() {
        return breakdown.table();
    }

    /** The year the breakdown shows. */
    public int getBreakdownYear() {
        return breakdown.year();
    }

    /** Shows the breakdown in {@code year}, as choosing it in its list would. */
    public void showBreakdownYear(int year) {
        breakdown.showYear(year);
    }

    public ChartCanvas getCanvas() {
        return canvas;
    }

    @Override
    @PreDestroy
    public void dispose() {
        session.commandStack().removeCommandStackListener(scenariosChanged);
        super.dispose();
    }

    @Focus
    public void setFocus() {
        scenarios.setFocus();
    }

    /** What one comparison works out: the chart's lines and the breakdown under it. */
    private record Compared(ScenarioLines lines, ScenarioBreakdown breakdown) {
    }
}
