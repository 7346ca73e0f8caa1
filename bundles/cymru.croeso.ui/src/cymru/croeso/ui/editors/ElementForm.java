package cymru.croeso.ui.editors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cymru.croeso.core.editing.FieldText;
import cymru.croeso.core.editing.FormField;
import cymru.croeso.core.editing.FormFields;
import cymru.croeso.core.editing.RefusedEdit;

/**
 * One element's single-valued fields as a form: a label and a control each, in the order {@link FormFields} gives,
 * with the edit bundle's labels and help. Text is taken when the user presses Enter or leaves the field; a value the
 * model does not allow is refused, explained in the message line, and the field shows the model's value again.
 */
public final class ElementForm {
    /** How a value the planner chose becomes a command. */
    @FunctionalInterface
    public interface Setter {
        void set(EObject owner, FormField field, Object value);
    }

    private final EditorContext context;
    private final EObject element;
    private final Setter setter;
    private final Composite form;
    private final Map<FormField, Control> controls = new LinkedHashMap<>();

    public ElementForm(Composite parent, EditorContext context, EObject element) {
        this(parent, context, element, (owner, field, value) -> FieldCells.set(context, owner, field, value));
    }

    /** A form whose changes go through {@code setter} (which may, say, first add the element to the project). */
    public ElementForm(Composite parent, EditorContext context, EObject element, Setter setter) {
        this.context = context;
        this.element = element;
        this.setter = setter;
        form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (FormField field : FormFields.of(element, context.session().adapterFactory(), context.locale())) {
            if (field.kind() != FormField.Kind.NUMBERS) {
                Label label = new Label(form, SWT.NONE);
                label.setText(field.label());
                label.setToolTipText(field.description());
                label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
                Control control = control(field);
                control.setToolTipText(field.description());
                GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
                data.widthHint = 120;
                control.setLayoutData(data);
                controls.put(field, control);
            }
        }
        refresh();
    }

    private Control control(FormField field) {
        return switch (field.kind()) {
            case FLAG -> {
                Button box = new Button(form, SWT.CHECK);
                box.addListener(SWT.Selection, e -> setter.set(element, field, box.getSelection()));
                yield box;
            }
            case CHOICE -> {
                Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
                combo.setVisibleItemCount(20);
                combo.addListener(SWT.Selection, e -> {
                    List<Object> choices = field.choices(element);
                    if (combo.getSelectionIndex() >= 0 && combo.getSelectionIndex() < choices.size()) {
                        setter.set(element, field, choices.get(combo.getSelectionIndex()));
                    }
                });
                yield combo;
            }
            default -> {
                Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
                text.addListener(SWT.DefaultSelection, e -> take(field, text));
                text.addListener(SWT.FocusOut, e -> take(field, text));
                yield text;
            }
        };
    }

    private void take(FormField field, Text text) {
        if (text.isDisposed() || text.getText().equals(FieldText.of(element.eGet(field.feature())))) {
            return;
        }
        try {
            setter.set(element, field, FieldText.parse(element, field.attribute(), text.getText(), context.locale()));
        } catch (RefusedEdit refused) {
            context.refuse(refused.getMessage());
            text.setText(FieldText.of(element.eGet(field.feature())));
        }
    }

    /** Shows the model's values again. */
    public void refresh() {
        if (form.isDisposed()) {
            return;
        }
        controls.forEach((field, control) -> {
            Object value = element.eGet(field.feature());
            switch (control) {
                case Button box -> box.setSelection(Boolean.TRUE.equals(value));
                case Combo combo -> {
                    List<Object> choices = field.choices(element);
                    combo.setItems(choices.stream().map(c -> c == null ? FieldCells.none(field)
                            : field.textOf(element, c, context.locale())).toArray(String[]::new));
                    combo.select(choices.indexOf(value));
                }
                case Text text -> {
                    String shown = FieldText.of(value);
                    if (!text.getText().equals(shown)) {
                        text.setText(shown);
                    }
                }
                default -> { }
            }
        });
    }

    /** Puts the keyboard focus on a field's control. */
    public boolean focus(EStructuralFeature feature) {
        for (Map.Entry<FormField, Control> e : controls.entrySet()) {
            if (e.getKey().feature() == feature) {
                e.getValue().setFocus();
                if (e.getValue() instanceof Text text) {
                    text.selectAll(); // typing replaces the value the problem is about
                }
                return true;
            }
        }
        return false;
    }

    /** The control of a field, for tests and reveal. */
    public Control control(EStructuralFeature feature) {
        return controls.entrySet().stream().filter(e -> e.getKey().feature() == feature).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    public Composite composite() {
        return form;
    }

    public EObject element() {
        return element;
    }

    /** Whether the form has any field to show. */
    public boolean isEmpty() {
        return controls.isEmpty();
    }
}
