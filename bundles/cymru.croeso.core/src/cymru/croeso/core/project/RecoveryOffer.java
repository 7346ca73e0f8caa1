package cymru.croeso.core.project;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Unsaved work found when a project was opened: a recovery file written after the project was last saved, left by a
 * Croeso that did not close cleanly. The user chooses {@link ProjectSession#openRecovered()} or
 * {@link ProjectSession#discardRecovery()}; until then the project stays as it is on disk.
 *
 * @param projectFile the project that was opened
 * @param recoveryFile the recovery copy
 * @param recoveryTime when the recovery copy was written
 * @param projectTime when the project file was last written
 */
public record RecoveryOffer(Path projectFile, Path recoveryFile, Instant recoveryTime, Instant projectTime) {
}
