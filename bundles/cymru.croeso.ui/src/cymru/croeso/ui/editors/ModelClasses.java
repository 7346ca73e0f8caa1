package cymru.croeso.ui.editors;

import java.util.List;

import org.eclipse.emf.ecore.EClass;

import cymru.croeso.model.CroesoPackage;

/** The kinds of element a list may hold: the concrete classes of the model that fit its type, in the model's order. */
final class ModelClasses {
    private ModelClasses() {
    }

    static List<EClass> concrete(EClass type) {
        return CroesoPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(c -> !c.isAbstract() && !c.isInterface() && type.isSuperTypeOf(c)).toList();
    }
}
