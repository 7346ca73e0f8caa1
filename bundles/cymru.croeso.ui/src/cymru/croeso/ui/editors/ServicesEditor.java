package cymru.croeso.ui.editors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;

import cymru.croeso.model.CroesoPackage.Literals;
import jakarta.annotation.PostConstruct;

/**
 * The project's services: a tab each for school estates (with their schools or planning areas and places by year
 * group), ESOL providers, ESOL needs, housing stock (with its pipeline) and GP practices. The first element added
 * to a project without services creates them, in the same undoable command.
 */
public class ServicesEditor extends ProjectEditorPart {
    public static final String DESCRIPTOR = "cymru.croeso.ui.partdescriptor.services";

    private ListTabs tabs;

    @PostConstruct
    public void create(Composite parent) {
        tabs = new ListTabs(start(parent), context, Literals.SERVICES, () -> session.project().getServices());
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

    /** The tab of one list of the services, such as {@code Literals.SERVICES__ESOL_PROVIDERS}. */
    public ListPanel tab(EReference list) {
        tabs.select(list);
        return tabs.panel(list);
    }

    @Focus
    public void setFocus() {
        tabs.folder().setFocus();
    }
}
