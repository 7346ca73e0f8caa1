package cymru.croeso.tools.codegen;

import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The genmodel options Croeso depends on, applied on every run so the committed genmodel cannot drift from them.
 */
final class GenModelSettings {

    private GenModelSettings() {
    }

    static void apply(GenModel genModel) {
        genModel.setModelName("Croeso");
        genModel.setModelPluginID(GenerateModelCode.MODEL_BUNDLE);
        genModel.setModelDirectory("/" + GenerateModelCode.MODEL_BUNDLE + "/src");
        genModel.setEditPluginID(GenerateModelCode.EDIT_BUNDLE);
        genModel.setEditDirectory("/" + GenerateModelCode.EDIT_BUNDLE + "/src");
        genModel.setEditPluginClass("cymru.croeso.model.edit.CroesoEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        // Plain OSGi bundles: the generated plug-in classes must not need org.eclipse.core.runtime.
        genModel.setOSGiCompatible(true);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setImportOrganizing(true);
        genModel.setCodeFormatting(false);
        genModel.setCopyrightFields(false);
        genModel.setSuppressGenModelAnnotations(true);
        genModel.setOperationReflection(true);
        genModel.setNonNLSMarkers(false);
        genModel.setLineDelimiter("\n");
        genModel.setCreationIcons(true);
        genModel.setCreationCommands(true);

        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setPrefix("Croeso");
            genPackage.setBasePackage("cymru.croeso");
            // Item providers go to cymru.croeso.model.edit.provider: packages start with their bundle's name.
            genPackage.setProviderPackageSuffix("edit.provider");
            // Project files are read and written by cymru.croeso.model.files.ProjectFiles with safe parser options,
            // so no resource factory is generated or registered for an extension.
            genPackage.setResource(GenResourceKind.NONE_LITERAL);
            genPackage.setDisposableProviderFactory(true);
            genPackage.setMultipleEditorPages(false);
            genPackage.setGenerateExampleClass(false);
            for (GenClass genClass : genPackage.getGenClasses()) {
                for (GenFeature genFeature : genClass.getGenFeatures()) {
                    // Property sheet descriptions come from the model's documentation, so the .ecore is the one place to edit.
                    String documentation = EcoreUtil.getDocumentation(genFeature.getEcoreFeature());
                    genFeature.setPropertyDescription(documentation == null ? "" : documentation);
                }
            }
        }
    }
}
