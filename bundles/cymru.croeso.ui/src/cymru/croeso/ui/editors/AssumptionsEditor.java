package cymru.croeso.ui.editors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.model.CroesoPackage.Literals;
import jakarta.annotation.PostConstruct;

/**
 * The project's assumptions: a tab each for fertility, mortality, migration flows, migration schedules, group
 * transitions and special flows, each a table of the assumptions with, under it, the selected one's numbers by age
 * and sex, which take a paste from Excel.
 */
public class AssumptionsEditor extends ProjectEditorPart {
    public static final String DESCRIPTOR = "cymru.croeso.ui.partdescriptor.assumptions";

    private ListTabs tabs;

    @PostConstruct
    public void create(Composite parent) {
        tabs = new ListTabs(start(parent), context, Literals.ASSUMPTIONS, () -> session.project().getAssumptions());
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

    /** The tab of one list of the assumptions, such as {@code Literals.ASSUMPTIONS__MORTALITY}. */
    public ListPanel tab(EReference list) {
        tabs.select(list);
        return tabs.panel(list);
    }

    @Focus
    public void setFocus() {
        tabs.folder().setFocus();
    }
}
