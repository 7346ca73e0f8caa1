package cymru.croeso.ui.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import cymru.croeso.core.editing.Created;
import cymru.croeso.core.editing.EditLabels;
import cymru.croeso.core.editing.FormField;
import cymru.croeso.core.editing.FormFields;
import cymru.croeso.core.editing.ProjectEdits;
import cymru.croeso.ui.Messages;

/**
 * A list of elements as a table and, under it, what the selected element holds: its own lists (a school estate's
 * schools, a school's capacities, a housing stock's pipeline) as tables of the same kind, and its numbers by age as
 * {@link NumberTableView}s. Driven by the model's containment lists, so new ones appear without code here.
 */
public final class ListPanel {
    private final EditorContext context;
    private final SashForm sash;
    private final ElementTable table;
    private final Composite detail;
    private final List<ListPanel> lists = new ArrayList<>();
    private final List<NumberTableView> numbers = new ArrayList<>();
    /** Per number table, whether it was empty when shown (and so carries the note on what empty means). */
    private final Map<NumberTableView, Boolean> shownEmpty = new HashMap<>();
    private EObject shown;

    ListPanel(Composite parent, EditorContext context, String title, Supplier<EObject> owner, EReference list,
            Function<EClass, Created> adder) {
        this.context = context;
        sash = new SashForm(parent, SWT.VERTICAL);
        table = new ElementTable(sash, context, title, owner, list, adder);
        detail = new Composite(sash, SWT.NONE);
        detail.setLayout(new GridLayout(1, false));
        sash.setWeights(45, 55);
        table.onSelect(this::show);
        show(null);
    }

    /** A panel for a list of {@code owner}'s, adding plain new elements (a school's capacities …). */
    static ListPanel of(Composite parent, EditorContext context, EObject owner, EReference list) {
        return new ListPanel(parent, context, title(list), () -> owner, list,
                kind -> ProjectEdits.add(context.session().editingDomain(), owner, list, kind));
    }

    /** The edit bundle's name of a list in the workbench's language now, such as "Capacities" or "Piblinell". */
    static String title(EReference list) {
        return EditLabels.in(Messages.locale()).feature(list);
    }

    public Control control() {
        return sash;
    }

    public ElementTable table() {
        return table;
    }

    /** The number table of the shown element's {@code attribute}, if it has one. */
    public NumberTableView numbers(EAttribute attribute) {
        return numbers.stream().filter(n -> n.table().attribute() == attribute).findFirst().orElse(null);
    }

    public List<ListPanel> lists() {
        return lists;
    }

    private void show(EObject element) {
        shown = element;
        for (Control child : detail.getChildren()) {
            child.dispose();
        }
        lists.clear();
        numbers.clear();
        shownEmpty.clear();
        if (element != null) {
            for (EReference containment : element.eClass().getEAllContainments()) {
                if (containment.isMany()) {
                    ListPanel panel = ListPanel.of(detail, context, element, containment);
                    panel.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
                    lists.add(panel);
                }
            }
            for (FormField field : FormFields.of(element, context.session().adapterFactory(), context.locale())) {
                if (field.kind() == FormField.Kind.NUMBERS) {
                    numberTable(element, field);
                }
            }
        }
        boolean empty = detail.getChildren().length == 0;
        sash.setMaximizedControl(empty ? table.control() : null);
        detail.layout(true, true);
        keepChosenRowInSight();
    }

    /**
     * The table shrinks to make room for what an element holds, which can leave the chosen (edited, or jumped-to)
     * row below its bottom edge: scrolled back into sight now, and again once GTK has given the table its new size.
     */
    private void keepChosenRowInSight() {
        Table rows = table.viewer().getTable();
        rows.showSelection();
        rows.getDisplay().asyncExec(() -> {
            if (!rows.isDisposed()) {
                rows.showSelection();
            }
        });
    }

    private void numberTable(EObject element, FormField field) {
        Label heading = new Label(detail, SWT.WRAP);
        heading.setText(field.label() + " \u2014 " + field.description());
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false);
        headingData.widthHint = 200;
        heading.setLayoutData(headingData);
        boolean empty = isEmpty(element, field.feature());
        if (empty) {
            // above the table: under 76 empty rows it would be out of sight
            Label note = new Label(detail, SWT.WRAP);
            note.setText(emptyNote(field.feature()));
            GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false);
            noteData.widthHint = 200;
            note.setLayoutData(noteData);
        }
        NumberTableView view = new NumberTableView(detail, context, element, (EAttribute) field.feature());
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 200;
        view.control().setLayoutData(data);
        numbers.add(view);
        shownEmpty.put(view, empty);
    }

    private static String emptyNote(EStructuralFeature feature) {
        try {
            return EditorMessages.get("numbers.empty." + feature.getEContainingClass().getName() + "." + feature.getName());
        } catch (MissingResourceException e) {
            return EditorMessages.get("numbers.empty");
        }
    }

    /** Reads everything again from the model, after any command. */
    void refresh() {
        table.refresh();
        EObject selected = table.selected();
        boolean emptinessChanged = numbers.stream()
                .anyMatch(n -> shownEmpty.get(n) != isEmpty(n.table().owner(), n.table().attribute()));
        if (selected != shown || emptinessChanged) {
            show(selected);
            return;
        }
        lists.forEach(ListPanel::refresh);
        numbers.forEach(NumberTableView::refresh);
    }

    private static boolean isEmpty(EObject element, EStructuralFeature feature) {
        Object values = element.eGet(feature);
        return values == null || ((double[]) values).length == 0;
    }

    /**
     * Shows {@code element} (or the element of this list it is inside) and selects its field, or for numbers by age
     * the cell of position {@code index}; false when the element is not under this list.
     */
    boolean reveal(EObject element, EStructuralFeature feature, int index) {
        if (table.holds(element)) {
            table.select(element, feature);
            if (shown != element) {
                show(element);
            }
            NumberTableView view = feature instanceof EAttribute a ? numbers(a) : null;
            if (view != null) {
                int[] cell = view.table().cellOf(Math.max(0, index));
                view.focusCell(cell[0], cell[1]);
            }
            return true;
        }
        for (EObject ancestor = element.eContainer(); ancestor != null; ancestor = ancestor.eContainer()) {
            if (table.holds(ancestor)) {
                table.select(ancestor, null);
                if (shown != ancestor) {
                    show(ancestor);
                }
                return lists.stream().anyMatch(l -> l.reveal(element, feature, index));
            }
        }
        return false;
    }
}
