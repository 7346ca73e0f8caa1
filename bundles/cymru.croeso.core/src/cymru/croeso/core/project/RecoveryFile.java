package cymru.croeso.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import cymru.croeso.model.Project;
import cymru.croeso.model.files.ProjectFileException;
import cymru.croeso.model.files.ProjectFiles;

/**
 * Where a project's recovery copy lives ({@code .name.croeso.recovery} beside it, or in a recovery folder), and
 * writing, finding and deleting it. It is a complete project file, written atomically by {@link ProjectFiles}.
 */
final class RecoveryFile {

    private final Path project;
    private final Path recovery;

    private RecoveryFile(Path project, Path recovery) {
        this.project = project;
        this.recovery = recovery;
    }

    static RecoveryFile of(Path project, SessionSettings settings) {
        String name = "." + project.getFileName() + ".recovery";
        if (settings.recoveryFolder() == null) {
            return new RecoveryFile(project, project.resolveSibling(name));
        }
        // Projects of the same name in different folders must not share a recovery file.
        String folderHash = HexFormat.of().toHexDigits(project.toAbsolutePath().getParent().toString().hashCode());
        return new RecoveryFile(project, settings.recoveryFolder().resolve(folderHash + name));
    }

    Path path() {
        return recovery;
    }

    void write(Project snapshot) throws ProjectFileException {
        try {
            Files.createDirectories(recovery.toAbsolutePath().getParent());
        } catch (IOException e) {
            // ProjectFiles.save reports the missing folder with the file's name.
        }
        ProjectFiles.save(snapshot, recovery);
    }

    void delete() {
        try {
            Files.deleteIfExists(recovery);
        } catch (IOException e) {
            // A recovery file that cannot be deleted is only offered again, never applied without asking.
        }
    }

    /**
     * The offer to make when opening: a recovery file exists and is not older than the project. Equal times are
     * offered too, since a coarse file-system clock cannot tell which came first and losing work is worse than asking.
     */
    Optional<RecoveryOffer> offer() {
        try {
            if (!Files.isRegularFile(recovery)) {
                return Optional.empty();
            }
            Instant recoveryTime = Files.getLastModifiedTime(recovery).toInstant();
            Instant projectTime = Files.getLastModifiedTime(project).toInstant();
            if (recoveryTime.isBefore(projectTime)) {
                return Optional.empty();
            }
            return Optional.of(new RecoveryOffer(project, recovery, recoveryTime, projectTime));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
