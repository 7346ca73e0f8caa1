package cymru.croeso.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cymru.croeso.core.editing.ElementNames;
import cymru.croeso.core.editing.FormField;
import cymru.croeso.core.editing.FormFields;
import cymru.croeso.model.validation.ElementLabels;
import jakarta.annotation.PostConstruct;

/**
 * Any element that has no editor of its own (an area, a population group, the project …): its fields as a form and
 * its numbers by age as tables. One editor per element.
 */
public class FormEditor extends ProjectEditorPart {
    public static final String DESCRIPTOR = "cymru.croeso.ui.partdescriptor.form";

    private EObject element;
    private Label heading;
    private ElementForm form;
    private final List<NumberTableView> numbers = new ArrayList<>();

    @PostConstruct
    public void create(Composite parent) {
        element = (EObject) part.getTransientData().get(EditorOpener.INPUT_KEY);
        Composite body = start(parent);
        heading = new Label(body, SWT.WRAP);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        form = new ElementForm(body, context, element);
        for (FormField field : FormFields.of(element, session.adapterFactory(), context.locale())) {
            if (field.kind() == FormField.Kind.NUMBERS) {
                Label label = new Label(body, SWT.WRAP);
                label.setText(field.label());
                NumberTableView view = new NumberTableView(body, context, element, (EAttribute) field.feature());
                view.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
                numbers.add(view);
            }
        }
        label();
    }

    private void label() {
        String kind = ElementLabels.in(context.locale()).classLabel(element.eClass());
        String name = ElementNames.of(element, context.locale());
        heading.setText(name);
        part.setLabel(name.startsWith(kind) ? name : kind + ": " + name);
    }

    @Override
    public EObject input() {
        return element;
    }

    @Override
    protected void refresh() {
        form.refresh();
        numbers.forEach(NumberTableView::refresh);
        label();
    }

    @Override
    public void reveal(EObject revealed, EStructuralFeature feature, int index) {
        for (NumberTableView view : numbers) {
            if (view.table().attribute() == feature) {
                int[] cell = view.table().cellOf(Math.max(0, index));
                view.focusCell(cell[0], cell[1]);
                return;
            }
        }
        if (feature != null) {
            form.focus(feature);
        }
    }

    public ElementForm form() {
        return form;
    }

    @Focus
    public void setFocus() {
        form.composite().setFocus();
    }
}
