package cymru.croeso.ui.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.strategy.ActionRow;
import cymru.croeso.core.strategy.ActionRows;
import cymru.croeso.core.strategy.Inputs;
import cymru.croeso.core.strategy.StrategyEdits;
import cymru.croeso.core.strategy.StrategyWords;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.editors.ColumnWidths;

/**
 * The strategy's actions as an editable table: theme, aim, action, lead, partners, start and end years, cost, status
 * and effects. Double-click (or Enter, F2) edits a cell; every edit is one command on the project's command stack.
 */
final class ActionsTable {
    /**
     * Widest a column is made when fitted to its text; longer text shows in full in the cell's tooltip. The aim is
     * narrower than the rest: it repeats on every action under it, and the action is what a row is about.
     */
    private static final int MAX_COLUMN = 360;
    private static final int MAX_AIM = 200;

    private final ProjectSession session;
    private final TableViewer viewer;
    private final Inputs inputs = new Inputs(Messages.locale());
    private final Map<String, CellEdit<ActionRow>> edits = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Consumer<String> problems;
    private final Consumer<ActionRow> editPartners;

    ActionsTable(Composite parent, ProjectSession session, Consumer<String> problems, Consumer<ActionRow> editPartners) {
        this.session = session;
        this.problems = problems;
        this.editPartners = editPartners;
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column("theme", ActionRow::themeName, themeEditor());
        textColumn("aim", ActionRow::aimText, text(r -> r.aimText(),
                (r, t) -> SetCommand.create(domain(), r.aim(), Literals.AIM__TEXT, t.trim())));
        textColumn("action", ActionRow::title, text(r -> r.title(),
                (r, t) -> t.isBlank() ? null : SetCommand.create(domain(), r.action(), Literals.STRATEGY_ACTION__TITLE, t.trim())));
        column("lead", ActionRow::lead, leadEditor());
        column("partners", ActionRow::partners, null);
        textColumn("start", r -> year(r.startYear()), text(r -> year(r.startYear()), (r, t) -> {
            int start = inputs.year(t, where(r), header("start"));
            inputs.order(start, r.endYear(), where(r), header("start"), header("end"));
            return SetCommand.create(domain(), r.action(), Literals.STRATEGY_ACTION__START_YEAR, start);
        }));
        textColumn("end", r -> year(r.endYear()), text(r -> year(r.endYear()), (r, t) -> {
            int end = inputs.year(t, where(r), header("end"));
            inputs.order(r.startYear(), end, where(r), header("start"), header("end"));
            return SetCommand.create(domain(), r.action(), Literals.STRATEGY_ACTION__END_YEAR, end);
        }));
        textColumn("cost", r -> StrategyWords.pounds(r.cost()), text(r -> StrategyWords.pounds(r.cost()),
                (r, t) -> SetCommand.create(domain(), r.action(), Literals.STRATEGY_ACTION__COST,
                        inputs.pounds(t, where(r), header("cost")))));
        column("status", r -> status(r.status()), statusEditor());
        column("effects", ActionRow::effects, null);
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
                return e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (e.keyCode == SWT.CR || e.keyCode == SWT.F2);
            }
        };
        TableViewerEditor.create(viewer, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        // partners are a list: a dialog of tick boxes, opened by double-clicking the cell
        viewer.getTable().addListener(SWT.MouseDoubleClick, e -> {
            var cell = viewer.getCell(new org.eclipse.swt.graphics.Point(e.x, e.y));
            if (cell != null && cell.getColumnIndex() == columns.get("partners")) {
                editPartners.accept((ActionRow) cell.getElement());
            }
        });
    }

    private void textColumn(String key, Function<ActionRow, String> text, CellEdit<ActionRow> edit) {
        edits.put(key, edit);
        column(key, text, new TextCellEditing<>(viewer, edit, session, problems));
    }

    private void column(String key, Function<ActionRow, String> text, EditingSupport editing) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(header(key));
        c.getColumn().setMoveable(false);
        columns.put(key, columns.size());
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ActionRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                String t = text.apply((ActionRow) element);
                return t == null || t.isEmpty() ? null : t;
            }

            @Override
            public Color getBackground(Object element) {
                return key.equals("status") ? RagColours.tint(((ActionRow) element).status()) : null;
            }
        });
        if (editing != null) {
            c.setEditingSupport(editing);
        }
    }

    private CellEdit<ActionRow> text(Function<ActionRow, String> read, java.util.function.BiFunction<ActionRow, String, Command> write) {
        return new CellEdit<>(read, write);
    }

    /** Runs a cell's edit as a user's typing would: the command on the stack, or the problem shown and nothing changed. */
    boolean apply(CellEdit<ActionRow> edit, ActionRow row, String typed) {
        return edit.apply(row, typed, session, problems);
    }

    /** Edits the cell of {@code column} ("end", "cost" …) of the action's row with text as if typed there. */
    boolean edit(StrategyAction action, String column, String typed) {
        return apply(Objects.requireNonNull(edits.get(column), column), row(action), typed);
    }

    private EditingSupport themeEditor() {
        return new ChoiceEditing<Theme>(() -> session.project().getStrategy().getThemes(),
                t -> ActionRows.themeName(t, StrategyWords.of(Messages.locale())), ActionRow::theme, false) {
            @Override
            Command command(ActionRow row, Theme chosen, String typed) {
                return chosen == null ? null : StrategyEdits.moveToTheme(domain(), row.action(), chosen, Messages.locale());
            }
        };
    }

    private EditingSupport leadEditor() {
        return new ChoiceEditing<Organisation>(() -> session.project().getOrganisations(), ActionRows::name,
                r -> r.action().getLead(), true) {
            @Override
            Command command(ActionRow row, Organisation chosen, String typed) {
                return StrategyEdits.setLead(domain(), session.project(), row.action(),
                        chosen != null ? chosen.getName() : typed, Messages.locale());
            }
        };
    }

    private EditingSupport statusEditor() {
        return new ChoiceEditing<RagStatus>(() -> List.of(RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN),
                ActionsTable::status, ActionRow::status, false) {
            @Override
            Command command(ActionRow row, RagStatus chosen, String typed) {
                return chosen == null ? null : SetCommand.create(domain(), row.action(), Literals.STRATEGY_ACTION__STATUS, chosen);
            }
        };
    }

    void setInput(List<ActionRow> rows) {
        StrategyAction selected = selected();
        viewer.setInput(rows);
        TableColumn[] all = viewer.getTable().getColumns();
        for (int i = 0; i < all.length; i++) {
            ColumnWidths.fit(all[i], i == columns.get("aim") ? MAX_AIM : MAX_COLUMN);
        }
        select(selected);
    }

    @SuppressWarnings("unchecked")
    List<ActionRow> rows() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<ActionRow>) input;
    }

    ActionRow row(StrategyAction action) {
        return rows().stream().filter(r -> r.action() == action).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no row for action " + action.getId()));
    }

    StrategyAction selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof ActionRow r ? r.action() : null;
    }

    void select(StrategyAction action) {
        List<ActionRow> match = new ArrayList<>();
        rows().stream().filter(r -> r.action() == action).forEach(match::add);
        viewer.setSelection(match.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(match), true);
    }

    int columnIndex(String key) {
        return columns.get(key);
    }

    TableViewer viewer() {
        return viewer;
    }

    private org.eclipse.emf.edit.domain.EditingDomain domain() {
        return session.editingDomain();
    }

    private String where(ActionRow row) {
        return StrategyMessages.format("row", rows().indexOf(row) + 1);
    }

    static String header(String key) {
        return StrategyMessages.get("column." + key);
    }

    static String status(RagStatus status) {
        return status == null ? "" : StrategyMessages.get("status." + status.getLiteral());
    }

    private static String year(int year) {
        return year > 0 ? String.valueOf(year) : "";
    }

    /** A cell chosen from a list (themes, organisations, statuses); an editable one also takes a new name typed in. */
    private abstract class ChoiceEditing<T> extends EditingSupport {
        private final java.util.function.Supplier<List<T>> choices;
        private final Function<T, String> label;
        private final Function<ActionRow, T> current;
        private final ComboBoxCellEditor editor;
        private List<T> shown = List.of();

        ChoiceEditing(java.util.function.Supplier<List<T>> choices, Function<T, String> label,
                Function<ActionRow, T> current, boolean typing) {
            super(viewer);
            this.choices = choices;
            this.label = label;
            this.current = current;
            editor = new ComboBoxCellEditor(viewer.getTable(), new String[0], typing ? SWT.DROP_DOWN : SWT.READ_ONLY);
        }

        abstract Command command(ActionRow row, T chosen, String typed);

        @Override
        protected CellEditor getCellEditor(Object element) {
            shown = List.copyOf(choices.get());
            editor.setItems(shown.stream().map(label).toArray(String[]::new));
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return !session.isReadOnly();
        }

        @Override
        protected Object getValue(Object element) {
            return shown.indexOf(current.apply((ActionRow) element));
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            T chosen = index >= 0 && index < shown.size() ? shown.get(index) : null;
            String typed = index < 0 ? ((org.eclipse.swt.custom.CCombo) editor.getControl()).getText() : null;
            ActionRow row = (ActionRow) element;
            T before = current.apply(row);
            boolean cleared = chosen == null && (typed == null || typed.isBlank());
            if (chosen != null && chosen == before || cleared && before == null) {
                return;
            }
            apply(new CellEdit<>(r -> "", (r, t) -> command(r, chosen, t)), row, typed);
        }
    }
}
