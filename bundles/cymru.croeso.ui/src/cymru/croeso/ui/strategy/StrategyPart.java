package cymru.croeso.ui.strategy;

import java.time.Year;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.scenario.ActionCosts;
import cymru.croeso.core.strategy.ActionRow;
import cymru.croeso.core.strategy.ActionRows;
import cymru.croeso.core.strategy.ExamplePlan;
import cymru.croeso.core.strategy.FrameworkThemes;
import cymru.croeso.core.strategy.StrategyCosts;
import cymru.croeso.core.strategy.StrategyEdits;
import cymru.croeso.core.strategy.StrategyWords;
import cymru.croeso.core.strategy.Timeline;
import cymru.croeso.model.Aim;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.chart.ChartCanvas;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The strategy editor: the actions table (every cell editable, each edit undoable), and below it the timeline of the
 * actions by theme, their cost per year by theme, and the effects of the action chosen.
 */
public class StrategyPart {
    public static final String ID = "cymru.croeso.ui.part.strategy";

    @Inject
    private ProjectSession session;

    private final CommandStackListener refresher = e -> refresh();
    private Composite body;
    private Label heading;
    private Label intro;
    private Label problem;
    private Button startThemes;
    private Button example;
    private Button add;
    private Button remove;
    private ActionsTable table;
    private CTabFolder tabs;
    private ScrolledComposite ganttScroll;
    private GanttCanvas gantt;
    private Combo costScope;
    private ChartCanvas costCanvas;
    private Label costNote;
    private EffectsTable effects;
    private ActionCosts costs;
    private int currentYear = Year.now().getValue();

    @PostConstruct
    public void create(Composite parent) {
        body = parent;
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setFont(JFaceResources.getHeaderFont());
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false);
        headingData.widthHint = 300;
        heading.setLayoutData(headingData);
        intro = new Label(parent, SWT.WRAP);
        intro.setText(StrategyMessages.get("empty.text"));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 400;
        intro.setLayoutData(introData);
        Composite tools = new Composite(parent, SWT.NONE);
        tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout toolsLayout = new RowLayout(SWT.HORIZONTAL);
        toolsLayout.marginLeft = 0;
        toolsLayout.wrap = true;
        tools.setLayout(toolsLayout);
        startThemes = button(tools, "button.startThemes", () -> execute(FrameworkThemes.start(session.editingDomain(),
                project(), Messages.locale())));
        example = button(tools, "button.example", () -> execute(ExamplePlan.add(session.editingDomain(), project(),
                currentYear, Messages.locale())));
        add = button(tools, "button.add", this::addAction);
        remove = button(tools, "button.remove", () -> {
            StrategyAction selected = table.selected();
            if (selected != null) {
                execute(StrategyEdits.removeAction(session.editingDomain(), selected));
            }
        });
        problem = new Label(parent, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false);
        problemData.widthHint = 400;
        problem.setLayoutData(problemData);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new ActionsTable(sash, session, this::showProblem, this::editPartners);
        table.viewer().addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            StrategyAction action = first instanceof ActionRow r ? r.action() : null;
            if (action != gantt.getSelected()) {
                showProblem("");
            }
            gantt.setSelected(action);
            effects.show(action);
            remove.setEnabled(action != null && !session.isReadOnly());
        });
        tabs = new CTabFolder(sash, SWT.BORDER);
        gantt = timelineTab();
        costsTab();
        CTabItem effectsTab = new CTabItem(tabs, SWT.NONE);
        effectsTab.setText(StrategyMessages.get("tab.effects"));
        effects = new EffectsTable(tabs, session, this::showProblem);
        effectsTab.setControl(effects.control());
        tabs.setSelection(0);
        sash.setWeights(40, 60);
        refresh();
        session.commandStack().addCommandStackListener(refresher);
    }

    private GanttCanvas timelineTab() {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(StrategyMessages.get("tab.timeline"));
        ganttScroll = new ScrolledComposite(tabs, SWT.V_SCROLL);
        GanttCanvas canvas = new GanttCanvas(ganttScroll, SWT.NONE);
        ganttScroll.setContent(canvas);
        ganttScroll.setExpandHorizontal(true);
        ganttScroll.setExpandVertical(true);
        ganttScroll.addListener(SWT.Resize, e -> fitTimeline());
        canvas.onSelect(table::select);
        item.setControl(ganttScroll);
        return canvas;
    }

    private void costsTab() {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(StrategyMessages.get("tab.costs"));
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        costScope = new Combo(page, SWT.READ_ONLY);
        costScope.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        costScope.addListener(SWT.Selection, e -> showCosts());
        costCanvas = new ChartCanvas(page, SWT.NONE);
        costCanvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        costNote = new Label(page, SWT.WRAP);
        GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false);
        noteData.widthHint = 300;
        costNote.setLayoutData(noteData);
        item.setControl(page);
    }

    private static Button button(Composite parent, String key, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(StrategyMessages.get(key));
        b.addListener(SWT.Selection, e -> action.run());
        b.setLayoutData(new RowData());
        return b;
    }

    private Project project() {
        return session.project();
    }

    private void refresh() {
        if (body == null || body.isDisposed()) {
            return;
        }
        List<ActionRow> rows = ActionRows.of(project(), Messages.locale());
        table.setInput(rows);
        gantt.setTimeline(Timeline.of(project(), currentYear, Messages.locale()));
        fitTimeline();
        fillCostScopes();
        showCosts();
        StrategyAction selected = table.selected();
        effects.show(selected);
        boolean empty = rows.isEmpty();
        double total = rows.stream().mapToDouble(ActionRow::cost).sum();
        String name = project().getStrategy() == null || project().getStrategy().getName() == null
                ? StrategyMessages.get("part.title") : project().getStrategy().getName();
        heading.setText(empty ? StrategyMessages.get("heading.empty")
                : StrategyMessages.format("heading", name, rows.size(), StrategyWords.pounds(total)));
        boolean writable = !session.isReadOnly();
        show(intro, empty);
        boolean themes = writable && FrameworkThemes.start(session.editingDomain(), project(), Messages.locale()) != null;
        example.setVisible(empty && writable);
        startThemes.setVisible(themes);
        ((RowData) example.getLayoutData()).exclude = !example.getVisible();
        ((RowData) startThemes.getLayoutData()).exclude = !themes;
        add.setEnabled(writable && project().getStrategy() != null && !project().getStrategy().getThemes().isEmpty());
        remove.setEnabled(writable && selected != null);
        body.layout(true, true);
    }

    private static void show(org.eclipse.swt.widgets.Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }

    private void fitTimeline() {
        int width = ganttScroll.getClientArea().width;
        if (width > 0) {
            ganttScroll.setMinSize(gantt.computeSize(width, SWT.DEFAULT));
        }
    }

    private void fillCostScopes() {
        int chosen = Math.max(0, costScope.getSelectionIndex());
        costScope.removeAll();
        costScope.add(StrategyMessages.get("costs.all"));
        for (Scenario s : project().getScenarios()) {
            costScope.add(StrategyMessages.format("costs.scenario", s.getName() == null ? s.getId() : s.getName()));
        }
        costScope.select(Math.min(chosen, costScope.getItemCount() - 1));
        costScope.getParent().layout(true, true);
    }

    private void showCosts() {
        int chosen = costScope.getSelectionIndex();
        String note = StrategyMessages.get("costs.rule");
        try {
            costs = chosen <= 0 ? StrategyCosts.ofAllActions(project(), Messages.locale())
                    : StrategyCosts.ofScenario(project(), project().getScenarios().get(chosen - 1), Messages.locale());
        } catch (RuntimeException e) {
            costs = null;
            note = StrategyMessages.format("costs.failed", costScope.getText(), e.getMessage());
        }
        if (costs == null || costs.byTheme().isEmpty()) {
            costCanvas.setChart(null);
            note = costs == null && chosen > 0 ? note : StrategyMessages.get("costs.none");
        } else {
            costCanvas.setChart(CostChart.create(costs));
        }
        costNote.setText(note);
        costNote.getParent().layout(true, true);
    }

    private void showProblem(String text) {
        problem.setText(text == null ? "" : text);
        show(problem, text != null && !text.isEmpty());
        body.layout(true, true);
    }

    private boolean execute(Command command) {
        showProblem("");
        return command != null && session.execute(command);
    }

    private void addAction() {
        StrategyAction after = table.selected();
        Command command;
        if (after != null && after.eContainer() instanceof Aim aim) {
            command = StrategyEdits.addAction(session.editingDomain(), project(), aim, after, currentYear, Messages.locale());
        } else {
            Theme first = project().getStrategy().getThemes().get(0);
            command = StrategyEdits.addAction(session.editingDomain(), project(), first, currentYear, Messages.locale());
        }
        if (execute(command)) {
            for (Object added : command.getAffectedObjects()) {
                StrategyAction action = added instanceof StrategyAction a ? a
                        : added instanceof Aim aim && !aim.getActions().isEmpty() ? aim.getActions().get(0) : null;
                if (action != null) {
                    reveal(action);
                    table.viewer().editElement(table.row(action), table.columnIndex("action"));
                }
            }
        }
    }

    private void editPartners(ActionRow row) {
        if (session.isReadOnly()) {
            return;
        }
        PartnersDialog dialog = new PartnersDialog(body.getShell(), row.action(), project().getOrganisations());
        if (dialog.open() == Window.OK && !dialog.chosen().equals(row.action().getPartners())) {
            execute(StrategyEdits.setPartners(session.editingDomain(), row.action(), dialog.chosen()));
        }
    }

    /** Selects an action in the table and the timeline, scrolling both to it. */
    public void reveal(StrategyAction action) {
        table.select(action);
        gantt.setSelected(action);
        effects.show(action);
    }

    /** Edits a cell of an action's row ("start", "end", "cost", "action", "aim") as if the text were typed there. */
    public boolean edit(StrategyAction action, String column, String typed) {
        return table.edit(action, column, typed);
    }

    public GanttCanvas getGantt() {
        return gantt;
    }

    public ActionCosts getCosts() {
        return costs;
    }

    public ChartCanvas getCostCanvas() {
        return costCanvas;
    }

    public CTabFolder getTabs() {
        return tabs;
    }

    public org.eclipse.jface.viewers.TableViewer getTable() {
        return table.viewer();
    }

    public int columnIndex(String key) {
        return table.columnIndex(key);
    }

    public String getProblem() {
        return problem.getText();
    }

    public Button getExampleButton() {
        return example;
    }

    public Combo getCostScope() {
        return costScope;
    }

    @PreDestroy
    public void dispose() {
        session.commandStack().removeCommandStackListener(refresher);
    }

    @Focus
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
