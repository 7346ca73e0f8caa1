package cymru.croeso.model.files;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;

import cymru.croeso.model.Area;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;

/**
 * Brings a project read from an older file format up to {@link ProjectFormat#CURRENT_VERSION}, in memory only: the
 * file stays as it was until the user saves.
 */
final class FormatMigration {

    private FormatMigration() {
    }

    /**
     * Version 0 had one {@code name} on areas and groups; it was English, so it becomes {@code nameEn}. The old
     * attribute arrives as an unknown feature that EMF recorded in the resource's extension map.
     */
    static void fromVersion0(XMLResource resource, Project project) {
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
        resource.getEObjectToExtensionMap().clear();
        project.setFormatVersion(1);
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
