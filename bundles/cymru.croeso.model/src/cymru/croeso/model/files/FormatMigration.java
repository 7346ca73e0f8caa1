package cymru.croeso.model.files;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;

import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Provenance;
import cymru.croeso.model.defaults.DefaultServiceAssumptions;

/**
 * Brings a project read from an older file format up to {@link ProjectFormat#CURRENT_VERSION}, in memory only: the
 * file stays as it was until the user saves. Fields the old format had and the model no longer has arrive as
 * unknown features that EMF recorded in the resource's extension map; each step takes what it needs from there.
 */
final class FormatMigration {

    private FormatMigration() {
    }

    /** Runs every step from {@code version} on, then forgets the old fields. */
    static void migrate(XMLResource resource, Project project, int version) {
        if (version < 1) {
            fromVersion0(resource);
        }
        if (version < 2) {
            fromVersion1(resource, project);
        }
        resource.getEObjectToExtensionMap().clear();
    }

    /** Version 0 had one {@code name} on areas and groups; it was English, so it becomes {@code nameEn}. */
    private static void fromVersion0(XMLResource resource) {
        for (Map.Entry<EObject, AnyType> extension : resource.getEObjectToExtensionMap().entrySet()) {
            String name = attribute(extension.getValue(), "name");
            if (name == null) {
                continue;
            }
            if (extension.getKey() instanceof Area area && area.getNameEn() == null) {
                area.setNameEn(name);
            } else if (extension.getKey() instanceof PopulationGroup group && group.getNameEn() == null) {
                group.setNameEn(name);
            }
        }
    }

    /**
     * Version 1 to 2: assumptions get identifiers; a transition's processing years, which the projection never used,
     * are kept in its provenance note rather than lost; and the services record the figures version 1 worked with
     * (the defaults, which it held outside the project), so that the project's results stay as they were.
     */
    private static void fromVersion1(XMLResource resource, Project project) {
        for (Map.Entry<EObject, AnyType> extension : resource.getEObjectToExtensionMap().entrySet()) {
            String years = attribute(extension.getValue(), "processingYears");
            if (extension.getKey() instanceof GroupTransition transition && years != null && !zero(years)) {
                keepProcessingYears(transition, years);
            }
        }
        AssumptionIds.assignMissing(project);
        if (project.getServices() == null) {
            project.setServices(CroesoFactory.eINSTANCE.createServices());
        }
        if (project.getServices().getAssumptions() == null) {
            project.getServices().setAssumptions(DefaultServiceAssumptions.create());
        }
    }

    private static void keepProcessingYears(GroupTransition transition, String years) {
        Provenance provenance = transition.getProvenance();
        if (provenance == null) {
            provenance = CroesoFactory.eINSTANCE.createProvenance();
            transition.setProvenance(provenance);
        }
        String kept = "Processing years " + years + " (from a file of an older Croeso, which stored but never used"
                + " them: the yearly share alone says how many people move).";
        String note = provenance.getNote();
        provenance.setNote(note == null || note.isBlank() ? kept : note + " " + kept);
    }

    private static boolean zero(String number) {
        try {
            return Double.parseDouble(number) == 0;
        } catch (NumberFormatException e) {
            return false; // kept as written, for the planner to read
        }
    }

    private static String attribute(AnyType unknown, String name) {
        for (FeatureMap.Entry entry : unknown.getAnyAttribute()) {
            if (name.equals(entry.getEStructuralFeature().getName())) {
                return String.valueOf(entry.getValue());
            }
        }
        return null;
    }
}
