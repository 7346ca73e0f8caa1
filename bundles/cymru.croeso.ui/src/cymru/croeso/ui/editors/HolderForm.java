package cymru.croeso.ui.editors;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import cymru.croeso.core.editing.FormField;
import cymru.croeso.core.editing.FormFields;
import cymru.croeso.model.CroesoPackage.Literals;

/**
 * The project's services' or assumptions' own fields (defaults that apply to every list under them), as a form. A
 * project that has no services yet still shows the form: the first value typed creates them, in the same command.
 */
final class HolderForm {
    private final EditorContext context;
    private final EClass holderClass;
    private final Supplier<EObject> holder;
    private final Composite box;
    private ElementForm form;

    HolderForm(Composite parent, EditorContext context, EClass holderClass, Supplier<EObject> holder) {
        this.context = context;
        this.holderClass = holderClass;
        this.holder = holder;
        box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        build();
    }

    /** Whether {@code holderClass} has fields of its own to edit. */
    static boolean has(EClass holderClass, EditorContext context) {
        return FormFields.of(EcoreUtil.create(holderClass), context.session().adapterFactory(), context.locale())
                .stream()
                .anyMatch(f -> f.kind() != FormField.Kind.NUMBERS);
    }

    private void build() {
        for (Control child : box.getChildren()) {
            child.dispose();
        }
        EObject current = holder.get();
        EObject shown = current != null ? current : EcoreUtil.create(holderClass);
        form = new ElementForm(box, context, shown, (owner, field, value) -> set(owner, field, value));
        box.layout(true, true);
    }

    private void set(EObject owner, FormField field, Object value) {
        if (owner.eContainer() != null) {
            FieldCells.set(context, owner, field, value);
            return;
        }
        EReference holding = holderClass == Literals.SERVICES ? Literals.PROJECT__SERVICES : Literals.PROJECT__ASSUMPTIONS;
        CompoundCommand both = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
        both.append(SetCommand.create(context.session().editingDomain(), context.project(), holding, owner));
        both.append(SetCommand.create(context.session().editingDomain(), owner, field.feature(), value));
        context.execute(both);
    }

    void refresh() {
        if (box.isDisposed()) {
            return;
        }
        EObject current = holder.get();
        if (current != null ? form.element() != current : form.element().eContainer() != null) {
            build(); // the services were made or undone
        } else {
            form.refresh();
        }
    }

    void focus(EStructuralFeature feature) {
        form.focus(feature);
    }

    Control control() {
        return box;
    }
}
