package cymru.croeso.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.model.files.ProjectFiles;

/** A real crash: a child JVM edits and autosaves a project and is killed; this JVM then finds and recovers the edit. */
class CrashRecoveryTest {

    @TempDir
    Path folder;

    @Test
    void anEditIsRecoveredAfterTheEditingJvmIsKilled() throws Exception {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso")).toAbsolutePath();
        byte[] original = Files.readAllBytes(file);
        try (ChildJvm child = ChildJvm.startEditor(file, "Edited before the crash", folder.resolve("child.err"))) {
            assertEquals("READY " + child.pid(), child.firstLine());
            child.kill();
        }
        assertTrue(Files.exists(ProjectLock.fileOf(file)), "a killed JVM cannot remove its lock file");
        assertArrayEquals(original, Files.readAllBytes(file));

        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertFalse(session.isReadOnly(), "the dead JVM's lock is stale and taken over");
            assertTrue(session.recoveryOffer().isPresent());
            assertEquals("South East Wales", session.project().getName());
            session.openRecovered();
            assertEquals("Edited before the crash", session.project().getName());
            assertTrue(session.isDirty());
            session.save();
        }
        assertEquals("Edited before the crash", ProjectFiles.load(file).getName());
    }

    @Test
    void aProjectOpenInAnotherJvmOpensReadOnlyHere() throws Exception {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso")).toAbsolutePath();
        try (ChildJvm child = ChildJvm.startEditor(file, "-", folder.resolve("child.err"))) {
            assertEquals("READY " + child.pid(), child.firstLine());
            try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
                assertTrue(session.isReadOnly());
                assertEquals(child.pid(), session.lockHolder().orElseThrow().pid());
                assertTrue(session.readOnlyMessage().orElseThrow().contains("(process " + child.pid() + ")"));
                ReadOnlyProjectException refused = assertThrows(ReadOnlyProjectException.class, session::save);
                assertTrue(refused.getMessage().contains("process " + child.pid()), refused.getMessage());
            }
            child.kill();
        }
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertFalse(session.isReadOnly(), "the lock went with the process");
            assertTrue(session.lockHolder().isEmpty());
            assertEquals(ProcessHandle.current().pid(), ProjectLock.ownerOf(file).pid());
        }
    }

    @Test
    void aReadOnlySessionHereDoesNotWeakenTheLockForOtherJvms() throws Exception {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso")).toAbsolutePath();
        try (ProjectSession holder = ProjectSession.open(file, SessionSettings.autosaveOnDemand());
                ProjectSession reader = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertFalse(holder.isReadOnly());
            assertTrue(reader.isReadOnly());
            reader.close();
            // Had the reader opened and closed the lock file, POSIX would have dropped the holder's lock with it.
            try (ChildJvm child = ChildJvm.startEditor(file, "-", folder.resolve("child.err"))) {
                String line = child.firstLine();
                assertTrue(line.startsWith("READ-ONLY " + file + ": "), line);
                assertTrue(line.contains("(process " + ProcessHandle.current().pid() + ")"), line);
            }
        }
    }
}
