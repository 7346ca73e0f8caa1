package cymru.croeso.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;

import cymru.croeso.core.editing.AssumptionNames;
import cymru.croeso.core.editing.Created;
import cymru.croeso.core.editing.ElementNames;
import cymru.croeso.core.editing.FieldText;
import cymru.croeso.core.editing.FormField;
import cymru.croeso.core.editing.FormFields;
import cymru.croeso.core.editing.OverrideRow;
import cymru.croeso.core.editing.ScenarioAgainstParent;
import cymru.croeso.core.editing.ScenarioEdits;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.Assumptions;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;

/**
 * A scenario's changes to assumptions, each against its parent: which assumption, from which year, how (multiply,
 * set, add people), the value, and the assumption's level in the parent and here in that year. The scenario's own
 * changes are edited in place; those it inherits are shown in grey, marked with the scenario that makes them.
 */
final class OverridesTable {
    /** Widest a column is made for its cells (an assumption's full name is in the row's tooltip); headings show whole. */
    private static final int MAX_COLUMN = 220;

    private final EditorContext context;
    private final Scenario scenario;
    private final TableViewer viewer;
    private final Combo assumption;
    private final Label heading;
    private List<Assumption> assumptions = List.of();
    private List<FormField> fields;

    OverridesTable(Composite parent, EditorContext context, Scenario scenario) {
        this.context = context;
        this.scenario = scenario;
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(2, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        heading = new Label(box, SWT.WRAP);
        heading.setFont(JFaceResources.getBannerFont());
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        headingData.widthHint = 200;
        heading.setLayoutData(headingData);
        assumption = new Combo(box, SWT.READ_ONLY | SWT.DROP_DOWN);
        assumption.setVisibleItemCount(20);
        // a row of its own: the names are long, and Welsh button labels take room
        GridData comboData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        comboData.widthHint = 120;
        assumption.setLayoutData(comboData);
        Button add = new Button(box, SWT.PUSH);
        add.setText(EditorMessages.get("scenario.addChange"));
        add.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false));
        add.addListener(SWT.Selection, e -> addChange());
        Button remove = new Button(box, SWT.PUSH);
        remove.setText(EditorMessages.get("list.remove"));
        remove.addListener(SWT.Selection, e -> removeSelected());
        viewer = new TableViewer(box, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 9 * viewer.getTable().getItemHeight(); // enough rows to compare, not the editor's all
        tableData.widthHint = 200;
        viewer.getTable().setLayoutData(tableData);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        EditedRows.keepInSight(viewer);
        fields = FormFields.of(EcoreUtil.create(Literals.SCENARIO_OVERRIDE),
                context.session().adapterFactory(), context.locale());
        // the comparison first: in a narrow editor the columns on the right are the ones scrolled to
        column("scenario.column.assumption", SWT.LEFT, OverrideRow::assumption, null);
        column("scenario.column.parent", SWT.RIGHT, r -> r.inParent().text(context.locale()), null);
        column("scenario.column.here", SWT.RIGHT, r -> r.here().text(context.locale()), null);
        column("scenario.column.from", SWT.RIGHT, r -> FieldText.of(r.override().getFromYear()),
                Literals.SCENARIO_OVERRIDE__FROM_YEAR);
        column("scenario.column.how", SWT.LEFT, r -> field(Literals.SCENARIO_OVERRIDE__MODE)
                .textOf(r.override(), r.override().getMode(), context.locale()), Literals.SCENARIO_OVERRIDE__MODE);
        column("scenario.column.value", SWT.RIGHT, r -> FieldText.of(r.override().getValue()),
                Literals.SCENARIO_OVERRIDE__VALUE);
        column("scenario.column.setIn", SWT.LEFT, r -> r.inherited() ? ElementNames.of(r.owner(), context.locale())
                : EditorMessages.get("scenario.here"), null);
        refresh();
    }

    private FormField field(EStructuralFeature feature) {
        return fields.stream().filter(f -> f.feature() == feature).findFirst().orElseThrow();
    }

    private void column(String key, int align, Function<OverrideRow, String> text, EStructuralFeature edited) {
        TableViewerColumn column = new TableViewerColumn(viewer, align);
        column.getColumn().setText(EditorMessages.get(key));
        Color grey = Display.getDefault().getSystemColor(SWT.COLOR_DARK_GRAY);
        Font italic = JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((OverrideRow) element);
            }

            @Override
            public Color getForeground(Object element) {
                return ((OverrideRow) element).inherited() ? grey : null;
            }

            @Override
            public Font getFont(Object element) {
                return ((OverrideRow) element).inherited() ? italic : null;
            }

            @Override
            public String getToolTipText(Object element) {
                OverrideRow row = (OverrideRow) element;
                String problem = row.here().problem() != null ? row.here().problem() : row.inParent().problem();
                return problem != null ? problem : row.assumption();
            }
        });
        if (edited != null) {
            column.setEditingSupport(new FieldCells(viewer, context,
                    row -> ((OverrideRow) row).inherited() ? null : ((OverrideRow) row).override(),
                    o -> field(edited)));
        }
    }

    /** Adds a change to the assumption chosen in the list; says so when none is chosen. */
    void addChange() {
        int i = assumption.getSelectionIndex() - 1; // the first item asks the planner to choose
        if (i < 0 || i >= assumptions.size()) {
            context.refuse(EditorMessages.get("scenario.chooseAssumption"));
            return;
        }
        Created created = ScenarioEdits.addOverride(context.session().editingDomain(), context.project(), scenario,
                assumptions.get(i), context.locale());
        if (context.execute(created.command())) {
            refresh();
            select((ScenarioOverride) created.element());
        }
    }

    private void removeSelected() {
        List<ScenarioOverride> chosen = new ArrayList<>();
        for (Object row : viewer.getStructuredSelection().toList()) {
            chosen.add(((OverrideRow) row).override());
        }
        if (chosen.stream().noneMatch(o -> o.eContainer() == scenario)) {
            context.refuse(EditorMessages.get("scenario.inheritedRemove"));
            return;
        }
        context.execute(ScenarioEdits.removeOverrides(context.session().editingDomain(), scenario, chosen));
    }

    void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        ScenarioAgainstParent view = new ScenarioAgainstParent(context.project(), scenario, context.locale());
        heading.setText(scenario.getParent() == null ? EditorMessages.get("scenario.changesBaseline")
                : EditorMessages.format("scenario.changes", ElementNames.of(scenario.getParent(), context.locale())));
        viewer.setInput(view.overrides());
        for (TableColumn column : viewer.getTable().getColumns()) {
            ColumnWidths.fit(column, MAX_COLUMN);
        }
        Assumptions all = context.project().getAssumptions();
        List<Assumption> fresh = new ArrayList<>();
        if (all != null) {
            all.eAllContents().forEachRemaining(e -> {
                if (e instanceof Assumption a) {
                    fresh.add(a);
                }
            });
        }
        if (!fresh.equals(assumptions)) {
            assumptions = fresh;
            assumption.removeAll();
            assumption.add(EditorMessages.get("scenario.chooseAssumptionPrompt"));
            fresh.forEach(a -> assumption.add(AssumptionNames.of(a, context.locale())));
            assumption.select(0);
        }
    }

    /** Selects the row of {@code override} (the scenario's own or inherited). */
    void select(EObject override) {
        for (Object row : (List<?>) viewer.getInput()) {
            if (((OverrideRow) row).override() == override) {
                viewer.setSelection(new StructuredSelection(row), true);
                viewer.getTable().setFocus();
                return;
            }
        }
    }

    /** Chooses the assumption the next added change will be to (as picking it in the list would). */
    void choose(Assumption target) {
        assumption.select(assumptions.indexOf(target) + 1);
    }

    TableViewer viewer() {
        return viewer;
    }
}
