package cymru.croeso.ui.editors;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.MissingResourceException;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.core.editing.FieldText;
import cymru.croeso.core.editing.FormField;
import cymru.croeso.core.editing.RefusedEdit;

/**
 * Editing one field in a table cell, with the control its kind needs: text for names and numbers (checked against
 * the model's bounds, a refusal shown and nothing changed), a tick box for flags, a list for choices. Each change
 * is one command.
 */
final class FieldCells extends EditingSupport {
    private final EditorContext context;
    private final Function<Object, EObject> target;
    private final Function<EObject, FormField> fieldOf;
    private final TextCellEditor text;
    private final CheckboxCellEditor flag;
    private final ComboBoxCellEditor choice;

    /**
     * @param target  the element a row shows (the row itself in most tables)
     * @param fieldOf the field a column edits for an element, or null where it cannot be edited
     */
    FieldCells(ColumnViewer viewer, EditorContext context, Function<Object, EObject> target,
            Function<EObject, FormField> fieldOf) {
        super(viewer);
        this.context = context;
        this.target = target;
        this.fieldOf = fieldOf;
        Composite parent = (Composite) viewer.getControl();
        text = new TextCellEditor(parent);
        flag = new CheckboxCellEditor(parent);
        choice = new ComboBoxCellEditor(parent, new String[0], SWT.READ_ONLY);
    }

    /** What a cell shows for {@code field} of {@code element}: names of choices, "yes"/"no", numbers in full. */
    static String text(FormField field, EObject element, Locale locale) {
        Object value = element.eGet(field.feature());
        if (field.kind() == FormField.Kind.FLAG) {
            return EditorMessages.get(Boolean.TRUE.equals(value) ? "value.yes" : "value.no");
        }
        if (value == null && field.kind() == FormField.Kind.CHOICE) {
            return none(field);
        }
        return field.textOf(element, value, locale);
    }

    /** How an empty choice reads: "every area" for an assumption's area, else a dash. */
    static String none(FormField field) {
        try {
            return EditorMessages.get("none." + field.feature().getEContainingClass().getName() + "."
                    + field.feature().getName());
        } catch (MissingResourceException e) {
            return EditorMessages.get("none");
        }
    }

    @Override
    protected boolean canEdit(Object row) {
        EObject element = target.apply(row);
        FormField field = element == null ? null : fieldOf.apply(element);
        return field != null && field.kind() != FormField.Kind.NUMBERS && !context.session().isReadOnly();
    }

    @Override
    protected CellEditor getCellEditor(Object row) {
        EObject element = target.apply(row);
        FormField field = fieldOf.apply(element);
        return switch (field.kind()) {
            case FLAG -> flag;
            case CHOICE -> {
                List<Object> choices = field.choices(element);
                choice.setItems(choices.stream().map(c -> c == null ? none(field)
                        : field.textOf(element, c, context.locale())).toArray(String[]::new));
                yield choice;
            }
            default -> text;
        };
    }

    @Override
    protected Object getValue(Object row) {
        EObject owner = target.apply(row);
        FormField field = fieldOf.apply(owner);
        Object value = owner.eGet(field.feature());
        return switch (field.kind()) {
            case FLAG -> Boolean.TRUE.equals(value);
            case CHOICE -> field.choices(owner).indexOf(value);
            default -> FieldText.of(value);
        };
    }

    @Override
    protected void setValue(Object row, Object edited) {
        EObject owner = target.apply(row);
        FormField field = fieldOf.apply(owner);
        Object value;
        try {
            value = switch (field.kind()) {
                case FLAG -> edited;
                case CHOICE -> (Integer) edited < 0 ? owner.eGet(field.feature())
                        : field.choices(owner).get((Integer) edited);
                default -> FieldText.parse(owner, field.attribute(), (String) edited, context.locale());
            };
        } catch (RefusedEdit refused) {
            context.refuse(refused.getMessage());
            return;
        }
        set(context, owner, field, value);
    }

    /** Sets the field as one command, unless it already has that value. */
    static void set(EditorContext context, EObject owner, FormField field, Object value) {
        if (Objects.equals(owner.eGet(field.feature()), value)) {
            context.refuse("");
            return;
        }
        context.execute(SetCommand.create(context.session().editingDomain(), owner, field.feature(),
                value == null ? SetCommand.UNSET_VALUE : value));
    }
}
