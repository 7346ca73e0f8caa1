package cymru.croeso.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.model.files.ProjectFiles;
import cymru.croeso.model.values.ModelEquality;

class RecoveryTest {

    @TempDir
    Path folder;

    @Test
    void autosaveWritesARecoveryCopyOnlyWhenThereAreUnsavedChanges() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        byte[] original = Files.readAllBytes(file);
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            Path recovery = session.recoveryFile();
            assertEquals(folder.resolve(".gwent.croeso.recovery").toAbsolutePath(), recovery);
            assertFalse(session.autosaveNow());
            assertFalse(Files.exists(recovery));

            session.execute(ProjectSessionTest.rename(session, TestProjects.EDITED_NAME));
            session.execute(ProjectSessionTest.addAnglesey(session));
            assertTrue(session.autosaveNow());
            assertTrue(ModelEquality.equal(TestProjects.smallEdited(true), ProjectFiles.load(recovery)));
            assertArrayEquals(original, Files.readAllBytes(file), "autosave never touches the project file");

            session.undo();
            session.undo(); // back at the save point: the copy would only hold edits the user took back
            assertFalse(session.autosaveNow());
            assertFalse(Files.exists(recovery));
        }
    }

    @Test
    void aCleanSaveOrCloseDeletesTheRecoveryCopy() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        Path recovery;
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            recovery = session.recoveryFile();
            session.execute(ProjectSessionTest.rename(session, TestProjects.EDITED_NAME));
            session.autosaveNow();
            assertTrue(Files.exists(recovery));
            session.save();
            assertFalse(Files.exists(recovery), "save");
            session.execute(ProjectSessionTest.addAnglesey(session));
            session.autosaveNow();
            assertTrue(Files.exists(recovery));
        }
        assertFalse(Files.exists(recovery), "close");
    }

    /** Leaves the recovery copy a crashed session would leave, by keeping it across a clean close. */
    private static Path crashedEdit(Path file) throws IOException {
        Path kept = file.resolveSibling("kept.recovery");
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            session.execute(ProjectSessionTest.rename(session, TestProjects.EDITED_NAME));
            session.execute(ProjectSessionTest.addAnglesey(session));
            session.autosaveNow();
            Files.copy(session.recoveryFile(), kept, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path recovery = file.resolveSibling("." + file.getFileName() + ".recovery");
        Files.move(kept, recovery);
        return recovery;
    }

    @Test
    void openingOffersANewerRecoveryCopyAndAppliesItOnlyWhenAccepted() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        byte[] original = Files.readAllBytes(file);
        Path recovery = crashedEdit(file);
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            RecoveryOffer offer = session.recoveryOffer().orElseThrow();
            assertEquals(recovery.toAbsolutePath(), offer.recoveryFile());
            assertEquals(Files.getLastModifiedTime(recovery).toInstant(), offer.recoveryTime());
            assertEquals("South East Wales", session.project().getName(), "nothing applied before the user chooses");
            assertFalse(session.autosaveNow(), "an unanswered offer's file is not overwritten");

            session.openRecovered();
            assertTrue(ModelEquality.equal(TestProjects.smallEdited(true), session.project()));
            assertTrue(session.isDirty());
            assertArrayEquals(original, Files.readAllBytes(file), "the user's file is replaced only by a save");
            session.undo();
            assertTrue(ModelEquality.equal(TestProjects.small(), session.project()), "recovery is one undoable step");
            assertFalse(session.isDirty());
            session.redo();
            session.save();
            assertFalse(Files.exists(recovery));
        }
        assertTrue(ModelEquality.equal(TestProjects.smallEdited(true), ProjectFiles.load(file)));
    }

    @Test
    void discardingTheOfferDeletesTheCopyAndKeepsTheFile() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        Path recovery = crashedEdit(file);
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertTrue(session.recoveryOffer().isPresent());
            session.discardRecovery();
            assertFalse(Files.exists(recovery));
            assertTrue(session.recoveryOffer().isEmpty());
            assertTrue(ModelEquality.equal(TestProjects.small(), session.project()));
            assertFalse(session.isDirty());
        }
    }

    @Test
    void aRecoveryCopyOlderThanTheProjectIsNotOffered() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        Path recovery = crashedEdit(file);
        FileTime projectTime = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(recovery, FileTime.fromMillis(projectTime.toMillis() - 60_000));
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertTrue(session.recoveryOffer().isEmpty());
        }
    }

    @Test
    void aReadOnlySessionNeitherOffersNorWritesRecovery() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        Path recovery = crashedEdit(file);
        try (ProjectSession holder = ProjectSession.open(file, SessionSettings.autosaveOnDemand());
                ProjectSession reader = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertTrue(reader.recoveryOffer().isEmpty(), "the offer belongs to the lock holder");
            assertFalse(reader.autosaveNow());
            reader.close();
            assertTrue(Files.exists(recovery), "closing a reader leaves the holder's copy alone");
            assertTrue(holder.recoveryOffer().isPresent());
        }
    }

    @Test
    void recoveryCopiesCanLiveInARecoveryFolder() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        Path recoveryFolder = folder.resolve("recovery");
        try (ProjectSession session = ProjectSession.open(file, new SessionSettings(Duration.ZERO, recoveryFolder))) {
            session.execute(ProjectSessionTest.rename(session, TestProjects.EDITED_NAME));
            assertTrue(session.autosaveNow());
            assertEquals(recoveryFolder, session.recoveryFile().getParent());
            assertTrue(session.recoveryFile().getFileName().toString().endsWith(".gwent.croeso.recovery"));
            assertEquals(TestProjects.EDITED_NAME, ProjectFiles.load(session.recoveryFile()).getName());
        }
    }

    @Test
    void theTimerAutosavesAnEditedProject() throws Exception {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        try (ProjectSession session = ProjectSession.open(file, new SessionSettings(Duration.ofMillis(20), null))) {
            session.execute(ProjectSessionTest.rename(session, TestProjects.EDITED_NAME));
            // Waits for the timer without asserting how long it takes; the bound only stops a broken timer hanging.
            long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!Files.exists(session.recoveryFile())) {
                if (System.nanoTime() > giveUp) {
                    fail("the timer never wrote " + session.recoveryFile());
                }
                Thread.sleep(10);
            }
            session.save();
            assertFalse(Files.exists(session.recoveryFile()));
        }
    }
}
