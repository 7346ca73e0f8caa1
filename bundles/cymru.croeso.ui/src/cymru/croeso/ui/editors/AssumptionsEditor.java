package cymru.croeso.ui.editors;

import org.eclipse.emf.ecore.EObject;

import cymru.croeso.model.CroesoPackage.Literals;

/**
 * The project's assumptions: a tab each for fertility, mortality, migration flows, migration schedules, group
 * transitions and special flows, each a table of the assumptions with, under it, the selected one's numbers by age
 * and sex, which take a paste from Excel.
 */
public class AssumptionsEditor extends ListTabsEditor {
    public static final String DESCRIPTOR = "cymru.croeso.ui.partdescriptor.assumptions";

    public AssumptionsEditor() {
        super(Literals.ASSUMPTIONS);
    }

    @Override
    protected EObject holder() {
        return session.project().getAssumptions();
    }
}
