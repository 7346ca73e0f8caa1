package cymru.croeso.ui.editors;

import java.util.function.Supplier;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * An editor of one of the project's holders of lists (its assumptions, its services): a tab per list, each a table of
 * the list's elements with the selected one's details under it.
 */
public abstract class ListTabsEditor extends ProjectEditorPart {
    private final EClass holderClass;
    private ListTabs tabs;

    ListTabsEditor(EClass holderClass) {
        this.holderClass = holderClass;
    }

    /** The holder in the open project, or null while the project has none. */
    protected abstract EObject holder();

    @PostConstruct
    public void create(Composite parent) {
        Supplier<EObject> holder = this::holder;
        tabs = new ListTabs(start(parent), context, holderClass, holder);
    }

    @Override
    public EObject input() {
        return null;
    }

    @Override
    protected void refresh() {
        tabs.refresh();
    }

    @Override
    public void reveal(EObject element, EStructuralFeature feature, int index) {
        tabs.reveal(element, feature, index);
    }

    /** The tab of one of the lists, such as {@code Literals.ASSUMPTIONS__MORTALITY}, selected. */
    public ListPanel tab(EReference list) {
        tabs.select(list);
        return tabs.panel(list);
    }

    @Focus
    public void setFocus() {
        tabs.folder().setFocus();
    }
}
