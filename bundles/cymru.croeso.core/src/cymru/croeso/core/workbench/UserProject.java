package cymru.croeso.core.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import cymru.croeso.core.cli.UserError;
import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.project.SessionSettings;
import cymru.croeso.model.Project;
import cymru.croeso.model.files.ProjectFileException;

/**
 * The project the workbench opens on start: {@value #FILE_NAME} in the user's workspace folder, made from the sample
 * and saved on the very first start so that a new user sees a working scenario (issue 4, item 7).
 */
public final class UserProject {
    /** The project file's name inside the workspace (instance location). */
    public static final String FILE_NAME = "cymru.croeso";

    private UserProject() {
    }

    /** The project file inside a workspace folder. */
    public static Path fileIn(Path workspace) {
        return workspace.resolve(FILE_NAME);
    }

    /**
     * Opens the user's project in {@code workspace}, first creating and saving it from {@code sample} when there is
     * none yet.
     */
    public static ProjectSession openOrCreate(Path workspace, Supplier<Project> sample, SessionSettings settings)
            throws ProjectFileException {
        Path file = fileIn(workspace);
        if (Files.exists(file)) {
            return ProjectSession.open(file, settings);
        }
        try {
            Files.createDirectories(workspace);
        } catch (java.io.IOException e) {
            throw new UserError(workspace + ": cannot create the workspace folder (" + e.getMessage()
                    + "); start Croeso with -data pointing at a folder you may write to", e);
        }
        ProjectSession session = ProjectSession.create(file, sample.get(), settings);
        session.save();
        return session;
    }
}
