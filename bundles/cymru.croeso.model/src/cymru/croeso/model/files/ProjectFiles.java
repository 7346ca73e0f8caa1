package cymru.croeso.model.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Project;

/**
 * Opens and saves Croeso project files (one XMI file per project) safely: no DTDs or external entities, older
 * formats migrated in memory, a bad file reported by name and line and never modified, and saves that are atomic
 * and byte-stable.
 */
public final class ProjectFiles {

    /** The extension of project files. */
    public static final String EXTENSION = "croeso";

    private ProjectFiles() {
    }

    /** A resource set that reads and writes project files as XMI, whatever their extension. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(CroesoPackage.eNS_URI, CroesoPackage.eINSTANCE);
        // Version 0 used the same classes under another namespace; FormatMigration handles the differences.
        resourceSet.getPackageRegistry().put(ProjectFormat.VERSION_0_NS_URI, CroesoPackage.eINSTANCE);
        return resourceSet;
    }

    /** Reads the project in {@code file} into a new resource set. */
    public static Project load(Path file) throws ProjectFileException {
        return load(file, newResourceSet());
    }

    /**
     * Reads the project in {@code file} into {@code resourceSet} (configured like {@link #newResourceSet()}).
     * An older format is migrated in memory; the file itself is only ever read.
     */
    public static Project load(Path file, ResourceSet resourceSet) throws ProjectFileException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw LoadFailure.problem(file, "there is no such file. Check the name and folder.", e);
        } catch (IOException e) {
            throw LoadFailure.problem(file, "the file could not be read (" + e.getMessage() + ").", e);
        }
        String namespace = ProjectFormat.namespaceOf(content);
        int version = ProjectFormat.versionOf(namespace, content);
        if (namespace != null && version < 0) {
            throw LoadFailure.problem(file, "the file uses the format " + namespace + ", which this version of Croeso"
                    + " does not know. Open it with the Croeso that wrote it or a newer one. The file was not changed.", null);
        }
        if (version > ProjectFormat.CURRENT_VERSION) {
            throw newer(file, version);
        }
        boolean older = version >= 0 && version < ProjectFormat.CURRENT_VERSION;
        XMLResource resource = (XMLResource) resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(new ByteArrayInputStream(content), ProjectXmlOptions.load(older));
        } catch (IOException | RuntimeException e) {
            resourceSet.getResources().remove(resource);
            throw LoadFailure.of(file, e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Project project)) {
            resourceSet.getResources().remove(resource);
            throw LoadFailure.problem(file, "the file is not a Croeso project (its first element is not a project)."
                    + " Choose a .croeso file saved by Croeso.", null);
        }
        if (project.getFormatVersion() > ProjectFormat.CURRENT_VERSION) {
            resourceSet.getResources().remove(resource);
            throw newer(file, project.getFormatVersion());
        }
        if (older) {
            FormatMigration.migrate(resource, project, version);
        }
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        resource.setModified(false);
        return project;
    }

    private static ProjectFileException newer(Path file, int version) {
        return LoadFailure.problem(file, "the file has format version " + version + ", newer than this Croeso reads ("
                + ProjectFormat.CURRENT_VERSION + "). Update Croeso to open it. The file was not changed.", null);
    }

    /**
     * The bytes a save of {@code project} writes; a project not yet in a resource is given one. Assumptions without
     * an identifier are given one first ({@link AssumptionIds}), so that the file refers to them by name.
     */
    public static byte[] toBytes(Project project) throws IOException {
        Resource resource = project.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createURI("project." + EXTENSION));
            resource.getContents().add(project);
        }
        if (project.getFormatVersion() < ProjectFormat.CURRENT_VERSION) {
            project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        }
        AssumptionIds.assignMissing(project);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        resource.save(bytes, ProjectXmlOptions.save());
        return bytes.toByteArray();
    }

    /**
     * Writes {@code project} to {@code file} through a temporary file and an atomic rename, so a crash mid-save
     * leaves the old file whole. An unchanged project leaves the file untouched.
     */
    public static void save(Project project, Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = toBytes(project);
        } catch (IOException | RuntimeException e) {
            throw LoadFailure.problem(file, "the project could not be written (" + e.getMessage() + "). Run"
                    + " validation and correct the values it reports, then save again.", e);
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".saving");
        try {
            if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw LoadFailure.problem(file, "the project could not be saved (" + e + "). Check the folder exists and"
                    + " you may write to it; the previous file, if any, is unchanged.", e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The save itself succeeded or already failed with a better message.
            }
        }
    }
}
