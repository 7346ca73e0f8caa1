package cymru.croeso.tools.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's "Generate Model Code" and "Generate Edit Code" for croeso.genmodel without an Eclipse IDE.
 *
 * <p>Arguments: the model bundle folder and the edit bundle folder. The genmodel is created from the .ecore when
 * missing, otherwise reconciled with it; {@link GenModelSettings} then pins every option that affects the output,
 * so a run on an unchanged model changes no file.
 */
public final class GenerateModelCode {

    static final String MODEL_BUNDLE = "cymru.croeso.model";
    static final String EDIT_BUNDLE = "cymru.croeso.model.edit";
    private static final String ECORE = MODEL_BUNDLE + "/model/croeso.ecore";
    private static final String GENMODEL = MODEL_BUNDLE + "/model/croeso.genmodel";

    private GenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateModelCode <cymru.croeso.model folder> <cymru.croeso.model.edit folder>");
            System.exit(1);
        }
        Path modelBundle = Path.of(args[0]).toRealPath();
        Path editBundle = Path.of(args[1]).toAbsolutePath().normalize();
        Files.createDirectories(editBundle);

        // platform:/resource/<bundle>/ is where the genmodel says code goes; point it at the folders on disk.
        EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE, URI.createFileURI(modelBundle + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT_BUNDLE, URI.createFileURI(editBundle.toRealPath() + "/"));
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        GenModel genModel = loadOrCreateGenModel(resourceSet);
        GenModelSettings.apply(genModel);
        saveIfChanged(genModel.eResource(), modelBundle.resolve("model/croeso.genmodel"));

        Diagnostic validity = genModel.diagnose();
        if (validity.getSeverity() == Diagnostic.ERROR) {
            fail("croeso.genmodel is not valid: " + describe(validity));
        }
        genModel.setCanGenerate(true);

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry()
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                fail("generating " + projectType + " failed: " + describe(result));
            }
            System.out.println("Generated " + projectType + ": " + (result.getSeverity() == Diagnostic.OK ? "OK" : describe(result)));
        }
    }

    private static GenModel loadOrCreateGenModel(ResourceSet resourceSet) {
        URI genModelUri = URI.createPlatformResourceURI(GENMODEL, true);
        if (resourceSet.getURIConverter().exists(genModelUri, null)) {
            GenModel genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
            // Picks up classes and features added to or removed from the .ecore since the genmodel was saved.
            genModel.reconcile();
            return genModel;
        }
        EPackage ePackage = (EPackage) resourceSet.getResource(URI.createPlatformResourceURI(ECORE, true), true)
                .getContents().get(0);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.getForeignModel().add("croeso.ecore");
        resourceSet.createResource(genModelUri).getContents().add(genModel);
        System.out.println("Created " + genModelUri);
        return genModel;
    }

    /** Saving only changed bytes keeps the genmodel's timestamp and the working tree quiet on a no-op run. */
    private static void saveIfChanged(Resource resource, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
        byte[] newBytes = bytes.toByteArray();
        if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), newBytes)) {
            Files.write(file, newBytes);
            System.out.println("Saved " + file);
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append(System.lineSeparator()).append("  ").append(describe(child));
        }
        return text.toString();
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
