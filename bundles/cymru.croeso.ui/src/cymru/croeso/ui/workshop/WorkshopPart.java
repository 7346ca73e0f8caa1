package cymru.croeso.ui.workshop;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.eclipse.e4.ui.di.Focus;
import org.jfree.chart.JFreeChart;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.workshop.WorkshopArea;
import cymru.croeso.core.workshop.WorkshopLever;
import cymru.croeso.core.workshop.WorkshopResult;
import cymru.croeso.core.workshop.WorkshopScenario;
import cymru.croeso.core.workshop.WorkshopSettings;
import cymru.croeso.model.Area;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.parts.ProjectLabels;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Workshop mode: sliders for one area whose every move re-projects the area and redraws two charts against the
 * baseline, and a button that keeps the settings as a scenario of the project (one command, so Ctrl+Z takes it back).
 * The facilitator picks the levers the room sees (net international migration ×, a resettlement intake, asylum
 * dispersal, ESOL places; at least three). Type is large for a room.
 */
public class WorkshopPart {
    public static final String ID = "cymru.croeso.ui.part.workshop";
    /** Cardiff, the sample's largest authority, as in the other parts. */
    static final String DEFAULT_AREA = "W06000015";

    @Inject
    private ProjectSession session;

    private final CommandStackListener projectChanged = e -> projectChanged();
    private LocalResourceManager resources;
    private Combo combo;
    private List<Area> areas;
    private final Map<WorkshopLever, WorkshopSlider> sliders = new EnumMap<>(WorkshopLever.class);
    private Button levers;
    private Text name;
    private Button save;
    private Label status;
    private ChartCanvas populationCanvas;
    private ChartCanvas esolCanvas;
    private WorkshopArea workshop;
    private WorkshopSettings settings = WorkshopSettings.BASELINE;
    private WorkshopResult shown;
    private double populationUpper;
    private double esolUpper;
    private WorkshopSettings drawn;
    private MoveCost lastMove = MoveCost.NONE;

    @PostConstruct
    public void create(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        FontDescriptor base = FontDescriptor.createFrom(parent.getFont());
        Font text = resources.create(base.setHeight(20));
        Font large = resources.create(base.setHeight(24).setStyle(SWT.BOLD));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 16;
        layout.marginTop = 12;
        // the bottom edge of a projected (or unmanaged) window is the first to be cropped: keep it empty
        layout.marginBottom = 40;
        layout.horizontalSpacing = 24;
        parent.setLayout(layout);
        parent.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        parent.setBackgroundMode(SWT.INHERIT_FORCE);

        Composite panel = new Composite(parent, SWT.NONE);
        GridData panelData = new GridData(SWT.FILL, SWT.FILL, false, true);
        panelData.widthHint = 500;
        panel.setLayoutData(panelData);
        GridLayout panelLayout = new GridLayout(1, false);
        panelLayout.verticalSpacing = 14;
        panel.setLayout(panelLayout);
        Label title = new Label(panel, SWT.WRAP);
        title.setText(Messages.get("workshop.heading"));
        title.setFont(large);
        combo = new Combo(panel, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setFont(text);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        areas = new ArrayList<>(session.project().getBasePopulation().getAreas());
        areas.forEach(a -> combo.add(ProjectLabels.of(a)));
        combo.setVisibleItemCount(12);
        combo.addListener(SWT.Selection, e -> reload());

        NumberFormat whole = NumberFormat.getIntegerInstance(Messages.locale());
        for (WorkshopLever lever : WorkshopLever.values()) {
            WorkshopSlider slider = new WorkshopSlider(panel, Messages.get("workshop.lever." + lever.name()),
                    lever.positions(), lever.isFactor() ? 1 : 10, lever.isFactor() ? 5 : lever.positions() / 10,
                    p -> format(lever, lever.valueAt(p), whole), text, large);
            slider.scale().addListener(SWT.Selection, e -> moved());
            slider.setShown(WorkshopLever.FIRST_PANEL.contains(lever));
            sliders.put(lever, slider);
        }
        levers = new Button(panel, SWT.PUSH);
        levers.setText(Messages.get("workshop.levers"));
        levers.setToolTipText(Messages.format("workshop.leversTip", WorkshopLever.FEWEST));
        levers.setFont(text);
        levers.addListener(SWT.Selection, e -> getLeverMenu().setVisible(true));

        // left empty, the snapshot is named after its settings; a facilitator may type a name the room chose
        name = new Text(panel, SWT.BORDER | SWT.SINGLE);
        name.setFont(text);
        name.setMessage(Messages.get("workshop.namePrompt"));
        name.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite buttons = new Composite(panel, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout buttonLayout = new GridLayout(1, true);
        buttonLayout.marginWidth = 0;
        buttons.setLayout(buttonLayout);
        save = new Button(buttons, SWT.PUSH);
        save.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        save.setText(Messages.get("workshop.save"));
        save.setFont(text);
        save.setEnabled(!session.isReadOnly());
        save.addListener(SWT.Selection, e -> saveAsScenario());
        Button reset = new Button(buttons, SWT.PUSH);
        reset.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        reset.setText(Messages.get("workshop.reset"));
        reset.setFont(text);
        reset.addListener(SWT.Selection, e -> show(WorkshopSettings.BASELINE));
        status = new Label(panel, SWT.WRAP);
        status.setFont(text);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        SashForm charts = new SashForm(parent, SWT.VERTICAL);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        populationCanvas = new ChartCanvas(charts, SWT.NONE);
        esolCanvas = new ChartCanvas(charts, SWT.NONE);
        Area initial = areas.stream().filter(a -> DEFAULT_AREA.equals(a.getCode())).findFirst().orElse(areas.get(0));
        combo.select(areas.indexOf(initial));
        reload();
        session.commandStack().addCommandStackListener(projectChanged);
    }

    /** The workshop works on a copy of the project: take a fresh one after any edit (a snapshot, an undo). */
    private void projectChanged() {
        if (combo != null && !combo.isDisposed()) {
            combo.getDisplay().asyncExec(this::reload);
        }
    }

    /** (Re)builds the chosen area's workshop and charts, keeping the slider settings. */
    private void reload() {
        if (combo.isDisposed()) {
            return;
        }
        Area area = areas.get(Math.max(0, combo.getSelectionIndex()));
        Scenario baseline = session.project().getScenarios().stream().filter(s -> s.getParent() == null).findFirst()
                .orElseThrow();
        workshop = WorkshopArea.of(session.project(), baseline, area);
        sliders.forEach((lever, slider) -> slider.scale().setEnabled(workshop.moves(lever)));
        // the scale is fixed at the sliders' largest effect, so that a move changes the size of things, not the axis
        WorkshopResult most = workshop.run(WorkshopSettings.largestPopulation());
        WorkshopResult base = workshop.baselineResult();
        populationUpper = 0;
        esolUpper = 0;
        for (int y = 0; y < base.years(); y++) {
            populationUpper = Math.max(populationUpper, Math.max(most.bornAbroad(y), base.bornAbroad(y)));
            esolUpper = Math.max(esolUpper, Math.max(most.esolApplicants()[y], base.esolPlaces()[y] + WorkshopLever.ESOL_PLACES.max()));
        }
        populationUpper *= 1.05;
        esolUpper *= 1.05;
        List<String> groups = session.project().getBasePopulation().getGroups().stream().map(ProjectLabels::of).toList();
        drawn = null;
        populationCanvas.setChart(WorkshopCharts.population(groups, Messages.get("workshop.baselineBornAbroad"), base,
                Messages.locale()));
        esolCanvas.setChart(WorkshopCharts.esol(Messages.get("workshop.seeking"), Messages.get("workshop.places"),
                Messages.get("workshop.baselineSeeking"), base, Messages.locale()));
        show(settings);
    }

    /**
     * A slider moved: project and paint at once. Moves are not put off to coalesce them: GTK already folds the
     * pointer motions that queue up during a paint into one, and putting the update behind the event queue made the
     * charts wait for the slider's and the label's own repaint (15 ms more from slider to chart on a loaded machine).
     */
    private void moved() {
        WorkshopSettings moved = WorkshopSettings.BASELINE;
        for (Map.Entry<WorkshopLever, WorkshopSlider> e : sliders.entrySet()) {
            moved = moved.with(e.getKey(), e.getKey().valueAt(e.getValue().selection()));
        }
        settings = moved;
        update();
    }

    /** Puts the sliders at {@code newSettings} and shows them. */
    public void show(WorkshopSettings newSettings) {
        settings = newSettings;
        sliders.forEach((lever, slider) -> slider.select(lever.positionOf(newSettings.value(lever))));
        update();
    }

    private void update() {
        sliders.values().forEach(WorkshopSlider::showValue);
        long start = System.nanoTime();
        long startCpu = MoveCost.cpuNow();
        shown = workshop.run(settings);
        long computed = System.nanoTime();
        long computedCpu = MoveCost.cpuNow();
        // only the chart whose data moved is redrawn: ESOL places change no one's age or home
        boolean population = !settings.samePopulationAs(drawn);
        drawn = settings;
        WorkshopResult base = workshop.baselineResult();
        int last = shown.years() - 1;
        NumberFormat whole = NumberFormat.getIntegerInstance(Messages.locale());
        String year = String.valueOf(shown.lastYear());
        if (population) {
            WorkshopCharts.showPopulation(populationCanvas.getChart(), Messages.format("workshop.populationTitle", year,
                    whole.format(shown.bornAbroad(last)), whole.format(base.bornAbroad(last))),
                    Messages.format("workshop.headline", year, whole.format(shown.total(last)), whole.format(base.total(last))),
                    shown, populationUpper);
        }
        WorkshopCharts.showEsol(esolCanvas.getChart(), Messages.format("workshop.esolTitle", year,
                whole.format(shown.esolApplicants()[last]), whole.format(shown.esolPlaces()[last]),
                whole.format(shown.esolWaiting()[last])), shown, esolUpper);
        lastMove = new MoveCost(computed - start, computedCpu - startCpu, System.nanoTime() - computed,
                MoveCost.cpuNow() - computedCpu);
        // paint now rather than at the next frame: the room sees the chart follow the hand
        populationCanvas.update();
        esolCanvas.update();
    }

    private String scenarioName(String area) {
        String name = Messages.format("workshop.scenarioName", area,
                String.format(Messages.locale(), "%.1f", settings.migrationFactor()),
                Math.round(settings.resettlementPerYear()), Math.round(settings.esolPlacesAdded()));
        return settings.asylumPerYear() > 0
                ? Messages.format("workshop.scenarioNameAsylum", name, Math.round(settings.asylumPerYear())) : name;
    }

    private static String format(WorkshopLever lever, double value, NumberFormat whole) {
        if (lever.isFactor()) {
            return "\u00d7 " + String.format(Messages.locale(), "%.1f", value);
        }
        return (lever == WorkshopLever.ESOL_PLACES ? "+" : "") + whole.format(value);
    }

    /**
     * A new pop-up menu of a check item per lever (the room sees the checked ones), disposed once hidden: the last of
     * the fewest cannot be unchecked, nor one more than the most checked.
     */
    public Menu getLeverMenu() {
        Menu menu = new Menu(levers);
        List<WorkshopLever> shown = getLevers();
        for (WorkshopLever lever : WorkshopLever.values()) {
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(Messages.get("workshop.lever." + lever.name()));
            item.setSelection(shown.contains(lever));
            boolean last = shown.contains(lever) && shown.size() <= WorkshopLever.FEWEST;
            boolean full = !shown.contains(lever) && shown.size() >= WorkshopLever.MOST;
            item.setEnabled(!last && !full);
            item.addListener(SWT.Selection, e -> {
                List<WorkshopLever> next = new ArrayList<>(getLevers());
                if (item.getSelection()) {
                    next.add(lever);
                } else {
                    next.remove(lever);
                }
                setLevers(next);
            });
        }
        menu.addListener(SWT.Hide, e -> menu.getDisplay().asyncExec(menu::dispose));
        return menu;
    }

    /** The levers on the panel, in panel order. */
    public List<WorkshopLever> getLevers() {
        return sliders.entrySet().stream().filter(e -> e.getValue().isShown()).map(Map.Entry::getKey).toList();
    }

    /**
     * Shows these levers (at least {@link WorkshopLever#FEWEST}, at most {@link WorkshopLever#MOST}) and hides the
     * others, putting a hidden lever back at the baseline so that nothing the room cannot see changes its charts.
     */
    public void setLevers(List<WorkshopLever> chosen) {
        if (chosen.size() < WorkshopLever.FEWEST || chosen.size() > WorkshopLever.MOST) {
            throw new IllegalArgumentException(chosen + ": a panel has " + WorkshopLever.FEWEST + " to "
                    + WorkshopLever.MOST + " levers");
        }
        WorkshopSettings kept = settings;
        for (Map.Entry<WorkshopLever, WorkshopSlider> e : sliders.entrySet()) {
            boolean shown = chosen.contains(e.getKey());
            e.getValue().setShown(shown);
            if (!shown) {
                kept = kept.with(e.getKey(), e.getKey().baseline());
            }
        }
        levers.getParent().layout(true, true);
        show(kept);
    }

    /** Keeps the current settings as a child scenario of the baseline. */
    public Scenario saveAsScenario() {
        String id = WorkshopScenario.nextId(session.project());
        String scenarioName = name.getText().isBlank() ? scenarioName(ProjectLabels.of(workshop.area()))
                : name.getText().trim();
        Command command = WorkshopScenario.create(session.editingDomain(), session.project(), workshop.baseline(),
                workshop.area(), settings, id, scenarioName);
        if (!session.execute(command)) {
            status.setText(Messages.get("workshop.saveFailed"));
            return null;
        }
        status.setText(Messages.format("workshop.saved", scenarioName));
        name.setText("");
        status.getParent().layout(true, true);
        return WorkshopScenario.scenarioOf(command);
    }

    /** What the last move cost before the charts were painted, phase by phase (for the latency report). */
    public MoveCost getLastMove() {
        return lastMove;
    }

    public WorkshopSettings getSettings() {
        return settings;
    }

    public WorkshopResult getShown() {
        return shown;
    }

    public WorkshopArea getWorkshop() {
        return workshop;
    }

    /** The sliders on the panel in panel order (at first: migration ×, resettlement a year, ESOL places). */
    public List<Scale> getSliders() {
        return getLevers().stream().map(l -> sliders.get(l).scale()).toList();
    }

    public Scale getSlider(WorkshopLever lever) {
        return sliders.get(lever).scale();
    }

    /** The value shown beside a lever's slider, e.g. "× 1.5" or "+300". */
    public String getValueText(WorkshopLever lever) {
        return sliders.get(lever).valueText();
    }

    public Button getLeversButton() {
        return levers;
    }

    public List<ChartCanvas> getCanvases() {
        return List.of(populationCanvas, esolCanvas);
    }

    public Combo getAreaChooser() {
        return combo;
    }

    public Button getSaveButton() {
        return save;
    }

    JFreeChart populationChart() {
        return populationCanvas.getChart();
    }

    @PreDestroy
    public void dispose() {
        session.commandStack().removeCommandStackListener(projectChanged);
    }

    @Focus
    public void setFocus() {
        getSliders().get(0).setFocus();
    }
}
