package cymru.croeso.ui.editors;

import org.eclipse.emf.ecore.EObject;

import cymru.croeso.model.CroesoPackage.Literals;

/**
 * The project's services: a tab each for school estates (with their schools or planning areas and places by year
 * group), ESOL providers, ESOL needs, housing stock (with its pipeline) and GP practices. The first element added
 * to a project without services creates them, in the same undoable command.
 */
public class ServicesEditor extends ListTabsEditor {
    public static final String DESCRIPTOR = "cymru.croeso.ui.partdescriptor.services";

    public ServicesEditor() {
        super(Literals.SERVICES);
    }

    @Override
    protected EObject holder() {
        return session.project().getServices();
    }
}
