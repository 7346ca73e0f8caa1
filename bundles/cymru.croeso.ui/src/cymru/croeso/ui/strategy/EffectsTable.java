package cymru.croeso.ui.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.strategy.EffectSubjects;
import cymru.croeso.core.strategy.EffectText;
import cymru.croeso.core.strategy.Inputs;
import cymru.croeso.core.strategy.StrategyEdits;
import cymru.croeso.core.strategy.StrategyWords;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.YearGroup;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.editors.ColumnWidths;

/**
 * The effects of the action chosen in the actions table: what each changes (ESOL places, school places, a rate, a
 * flow), by how much, from which year and where. Every edit is a command on the project's command stack.
 */
final class EffectsTable {
    private final ProjectSession session;
    private final Consumer<String> problems;
    private final Inputs inputs = new Inputs(Messages.locale());
    private final Composite body;
    private final Label heading;
    private final TableViewer viewer;
    private final Button add;
    private final Button remove;
    private StrategyAction action;

    EffectsTable(Composite parent, ProjectSession session, Consumer<String> problems) {
        this.session = session;
        this.problems = problems;
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        heading = new Label(body, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        add = new Button(body, SWT.PUSH);
        add.setText(StrategyMessages.get("effects.add"));
        add.addListener(SWT.Selection, e -> {
            if (action != null) {
                execute(StrategyEdits.addEffect(session.editingDomain(), action, EffectTarget.ESOL_PLACES,
                        action.getStartYear() > 0 ? action.getStartYear() : java.time.Year.now().getValue()));
            }
        });
        remove = new Button(body, SWT.PUSH);
        remove.setText(StrategyMessages.get("effects.remove"));
        remove.addListener(SWT.Selection, e -> {
            Object chosen = ((IStructuredSelection) viewer().getSelection()).getFirstElement();
            if (chosen instanceof Effect effect) {
                execute(RemoveCommand.create(session.editingDomain(), action, Literals.STRATEGY_ACTION__EFFECTS, effect));
            }
        });
        viewer = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(StrategyMessages.get("effects.amountHint"));
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        column("target", e -> target(e.getTarget()), new Choice<>(e -> EffectTarget.VALUES,
                EffectsTable::target, Effect::getTarget,
                (e, t) -> StrategyEdits.setTarget(session.editingDomain(), e, t, Messages.locale()), e -> true));
        column("amount", e -> StrategyWords.number(shownAmount(e)), text(e -> StrategyWords.number(shownAmount(e)), (e, typed) -> {
            double amount = inputs.number(typed, where(e), StrategyMessages.get("effects.amount"), false);
            return SetCommand.create(session.editingDomain(), e, Literals.EFFECT__AMOUNT,
                    e.getTarget() == EffectTarget.RATE ? amount / 100 : amount);
        }));
        column("from", e -> String.valueOf(e.getFromYear()), text(e -> String.valueOf(e.getFromYear()), (e, typed) -> SetCommand.create(
                session.editingDomain(), e, Literals.EFFECT__FROM_YEAR,
                inputs.year(typed, where(e), StrategyMessages.get("effects.from")))));
        column("subject", e -> subjectLabel(e), new Choice<EObject>(
                e -> EffectSubjects.candidates(session.project(), e.getTarget()),
                o -> EffectSubjects.label(o, StrategyWords.of(Messages.locale())), EffectText::subject,
                (e, o) -> StrategyEdits.setSubject(session.editingDomain(), e, o, Messages.locale()), e -> true));
        column("yearGroup", e -> e.getTarget() == EffectTarget.SCHOOL_PLACES && e.getYearGroup() != null
                ? StrategyWords.of(Messages.locale()).get("yearGroup." + e.getYearGroup().getLiteral()) : "",
                new Choice<YearGroup>(e -> YearGroup.VALUES, g -> StrategyWords.of(Messages.locale()).get("yearGroup." + g.getLiteral()),
                        Effect::getYearGroup, (e, g) -> SetCommand.create(session.editingDomain(), e, Literals.EFFECT__YEAR_GROUP, g),
                        e -> e.getTarget() == EffectTarget.SCHOOL_PLACES));
        show(null);
    }

    Composite control() {
        return body;
    }

    /** Shows the effects of {@code chosen} (null: none chosen). */
    void show(StrategyAction chosen) {
        action = chosen;
        heading.setText(chosen == null ? StrategyMessages.get("effects.none")
                : StrategyMessages.format("effects.of", chosen.getTitle() == null ? chosen.getId() : chosen.getTitle()));
        viewer.setInput(chosen == null ? List.of() : new ArrayList<>(chosen.getEffects()));
        ColumnWidths.fit(viewer.getTable());
        add.setEnabled(chosen != null && !session.isReadOnly());
        remove.setEnabled(chosen != null && !chosen.getEffects().isEmpty() && !session.isReadOnly());
        body.layout(true, true);
    }

    TableViewer viewer() {
        return viewer;
    }

    private void column(String key, Function<Effect, String> text, EditingSupport editing) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(StrategyMessages.get("effects." + key));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Effect) element);
            }
        });
        c.setEditingSupport(editing);
    }

    private EditingSupport text(Function<Effect, String> read,
            java.util.function.BiFunction<Effect, String, Command> write) {
        return new TextCellEditing<>(viewer, new CellEdit<>(read, write), session, problems);
    }

    private boolean execute(Command command) {
        problems.accept("");
        return command != null && session.execute(command);
    }

    private String where(Effect effect) {
        return StrategyMessages.format("row", action.getEffects().indexOf(effect) + 1);
    }

    private static double shownAmount(Effect e) {
        return e.getTarget() == EffectTarget.RATE ? e.getAmount() * 100 : e.getAmount();
    }

    private static String target(EffectTarget target) {
        return StrategyMessages.get("target." + target.getLiteral());
    }

    private static String subjectLabel(Effect e) {
        EObject subject = EffectText.subject(e);
        return subject == null ? "" : EffectSubjects.label(subject, StrategyWords.of(Messages.locale()));
    }

    /** A cell chosen from a list (the choices may depend on the effect); {@code when} says which effects have it. */
    private final class Choice<T> extends EditingSupport {
        private final Function<Effect, List<T>> choices;
        private final Function<T, String> label;
        private final Function<Effect, T> current;
        private final java.util.function.BiFunction<Effect, T, Command> write;
        private final Predicate<Effect> when;
        private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);
        private List<T> shown = List.of();

        Choice(Function<Effect, List<T>> choices, Function<T, String> label, Function<Effect, T> current,
                java.util.function.BiFunction<Effect, T, Command> write, Predicate<Effect> when) {
            super(viewer);
            this.choices = choices;
            this.label = label;
            this.current = current;
            this.write = write;
            this.when = when;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            shown = List.copyOf(choices.apply((Effect) element));
            editor.setItems(shown.stream().map(label).toArray(String[]::new));
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return !session.isReadOnly() && when.test((Effect) element);
        }

        @Override
        protected Object getValue(Object element) {
            return shown.indexOf(current.apply((Effect) element));
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0 && index < shown.size() && shown.get(index) != current.apply((Effect) element)) {
                execute(write.apply((Effect) element, shown.get(index)));
            }
        }
    }
}
