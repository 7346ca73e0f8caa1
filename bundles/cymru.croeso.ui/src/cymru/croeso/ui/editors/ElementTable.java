package cymru.croeso.ui.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import cymru.croeso.core.editing.Created;
import cymru.croeso.core.editing.FormField;
import cymru.croeso.core.editing.FormFields;
import cymru.croeso.core.editing.ProjectEdits;
import cymru.croeso.model.validation.ElementLabels;

/**
 * A list of the project's elements (ESOL providers, a school's capacities, migration flows …) as a table with a
 * column per field, from the model's classes and the edit bundle's labels, so a new field shows without code here.
 * Cells are edited in place (Enter, F2 or a double click); Add and Remove change the list; all through commands.
 */
public final class ElementTable {
    /** Widest a column is made for its cells (a long name shows whole in its cell editor); headings show whole. */
    private static final int MAX_COLUMN = 300;

    private final EditorContext context;
    private final Supplier<EObject> owner;
    private final EReference list;
    private final Function<EClass, Created> adder;
    private final List<EClass> kinds;
    private final List<EStructuralFeature> columns = new ArrayList<>();
    private final Map<EClass, List<FormField>> fieldsByClass = new HashMap<>();
    private final Composite box;
    private final TableViewer viewer;
    private final TableViewerFocusCellManager focus;
    private final Button remove;

    /**
     * @param owner the element holding the list, or null while there is none (the project has no services yet)
     * @param adder the command that adds a new element of a kind, making the owner too if need be
     */
    public ElementTable(Composite parent, EditorContext context, String title, Supplier<EObject> owner, EReference list,
            Function<EClass, Created> adder) {
        this.context = context;
        this.owner = owner;
        this.list = list;
        this.adder = adder;
        this.kinds = ModelClasses.concrete(list.getEReferenceType());
        box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(3, false));
        Label heading = new Label(box, SWT.WRAP);
        heading.setText(title);
        GridData headingData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        headingData.widthHint = 100; // wraps rather than pushing the buttons out of a narrow editor
        heading.setLayoutData(headingData);
        Button add = new Button(box, SWT.PUSH);
        add.setText(EditorMessages.get(kinds.size() > 1 ? "list.addKind" : "list.add"));
        add.addListener(SWT.Selection, e -> add(add));
        remove = new Button(box, SWT.PUSH);
        remove.setText(EditorMessages.get("list.remove"));
        remove.addListener(SWT.Selection, e -> removeSelected());
        viewer = new TableViewer(box, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        if (kinds.size() > 1) {
            kindColumn(list.getEReferenceType());
        }
        for (EClass kind : kinds) {
            for (FormField field : FormFields.columnsOf(kind, context.session().adapterFactory(), context.locale())) {
                if (!columns.contains(field.feature())) {
                    columns.add(field.feature());
                    column(field);
                }
            }
        }
        focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
        TableViewerEditor.create(viewer, focus, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.CR || event.keyCode == SWT.F2);
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        EditedRows.keepInSight(viewer);
        viewer.addSelectionChangedListener(e -> remove.setEnabled(!e.getSelection().isEmpty()));
        refresh();
    }

    /** Which kind each row is, headed by what they all are ("Migration flow": a total, counts or rates). */
    private void kindColumn(EClass type) {
        ElementLabels labels = ElementLabels.in(context.locale());
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(labels.classLabel(type));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return labels.classLabel(((EObject) element).eClass());
            }
        });
    }

    private void column(FormField field) {
        boolean number = field.kind() == FormField.Kind.NUMBER;
        TableViewerColumn column = new TableViewerColumn(viewer, number ? SWT.RIGHT : SWT.LEFT);
        column.getColumn().setText(field.label());
        column.getColumn().setToolTipText(field.description());
        EStructuralFeature feature = field.feature();
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                FormField own = fieldOf((EObject) element, feature);
                return own == null ? "" : FieldCells.text(own, (EObject) element, context.locale());
            }
        });
        column.setEditingSupport(new FieldCells(viewer, context, EObject.class::cast, e -> fieldOf(e, feature)));
    }

    /** The field of {@code element}'s own class for a column, or null when its class has no such field. */
    private FormField fieldOf(EObject element, EStructuralFeature feature) {
        List<FormField> fields = fieldsByClass.computeIfAbsent(element.eClass(),
                c -> FormFields.of(element, context.session().adapterFactory(), context.locale()));
        return fields.stream().filter(f -> f.feature() == feature).findFirst().orElse(null);
    }

    private void add(Button button) {
        if (kinds.size() == 1) {
            addKind(kinds.get(0));
            return;
        }
        Menu menu = new Menu(button);
        ElementLabels labels = ElementLabels.in(context.locale());
        for (EClass kind : kinds) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(labels.classLabel(kind));
            item.addListener(SWT.Selection, e -> addKind(kind));
        }
        Rectangle bounds = button.getBounds();
        menu.setLocation(button.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
        menu.setVisible(true);
    }

    /** Adds a new element of {@code kind} and selects it. */
    public EObject addKind(EClass kind) {
        Created created = adder.apply(kind);
        if (context.execute(created.command())) {
            refresh(); // now, not after the command stack's listeners: the new row must be there to select
            select(created.element(), null);
            return created.element();
        }
        return null;
    }

    /** Deletes the selected elements, with every reference to them, as one command. */
    public void removeSelected() {
        CompoundCommand delete = new CompoundCommand();
        for (Object element : viewer.getStructuredSelection().toList()) {
            delete.append(ProjectEdits.delete(context.session().editingDomain(), (EObject) element));
        }
        if (!delete.isEmpty()) {
            context.execute(delete.unwrap());
        }
    }

    /** Reads the list again from the model. */
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        EObject holder = owner.get();
        List<?> elements = holder == null ? List.of() : List.copyOf((List<?>) holder.eGet(list));
        if (!Objects.equals(viewer.getInput(), elements)) {
            viewer.setInput(elements);
            for (TableColumn column : viewer.getTable().getColumns()) {
                ColumnWidths.fit(column, MAX_COLUMN);
            }
        } else {
            viewer.refresh();
        }
        remove.setEnabled(!viewer.getSelection().isEmpty());
    }

    /** Selects {@code element} and, if given, moves the focus to its field's column. */
    public void select(EObject element, EStructuralFeature feature) {
        viewer.setSelection(new StructuredSelection(element), true);
        int columnIndex = columns.indexOf(feature);
        if (columnIndex < 0) {
            return;
        }
        Table table = viewer.getTable();
        FocusCells.press(table, table.getSelectionIndex(), columnIndex + (kinds.size() > 1 ? 1 : 0));
    }

    public EObject selected() {
        return (EObject) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    public void onSelect(Consumer<EObject> listener) {
        viewer.addSelectionChangedListener(e -> listener.accept(selected()));
    }

    public boolean holds(EObject element) {
        EObject holder = owner.get();
        return holder != null && ((List<?>) holder.eGet(list)).contains(element);
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Composite control() {
        return box;
    }
}
