package cymru.croeso.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {

    private static final long THIS_PID = ProcessHandle.current().pid();

    @TempDir
    Path folder;

    @Test
    void aSecondSessionInTheSameJvmIsReadOnlyAndCannotOverwrite() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        byte[] original = Files.readAllBytes(file);
        try (ProjectSession first = ProjectSession.open(file, SessionSettings.autosaveOnDemand());
                ProjectSession second = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertFalse(first.isReadOnly());
            assertTrue(second.isReadOnly());
            assertEquals(THIS_PID, second.lockHolder().orElseThrow().pid());
            String message = second.readOnlyMessage().orElseThrow();
            assertTrue(message.startsWith(file.toAbsolutePath() + ": "), message);
            assertTrue(message.contains("(process " + THIS_PID + ")"), message);

            assertFalse(second.execute(ProjectSessionTest.rename(second, "Overwritten")), "edits are refused");
            assertEquals("South East Wales", second.project().getName());
            ReadOnlyProjectException refused = assertThrows(ReadOnlyProjectException.class, second::save);
            assertTrue(refused.getMessage().startsWith(file.toAbsolutePath() + ": not saved"), refused.getMessage());
            assertTrue(refused.getMessage().contains("process " + THIS_PID), refused.getMessage());
            assertArrayEquals(original, Files.readAllBytes(file));

            // The holder is unaffected by the read-only session closing.
            second.close();
            assertTrue(first.execute(ProjectSessionTest.rename(first, TestProjects.EDITED_NAME)));
            first.save();
        }
        assertFalse(Files.exists(ProjectLock.fileOf(file.toAbsolutePath())), "close removes the lock file");
        try (ProjectSession third = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertFalse(third.isReadOnly(), "close released the lock");
            assertEquals(TestProjects.EDITED_NAME, third.project().getName());
        }
    }

    @Test
    void aStaleLockFileIsTakenOver() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso")).toAbsolutePath();
        Path lockFile = ProjectLock.fileOf(file);
        // What a crashed Croeso leaves: the file, but no process holding an OS lock on it.
        Files.writeString(lockFile, "pid=999999999\nhost=elsewhere\nuser=gone\nsince=2020-01-01T00:00:00Z\n");
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertFalse(session.isReadOnly());
            String content = Files.readString(lockFile, StandardCharsets.UTF_8);
            assertTrue(content.startsWith("pid=" + THIS_PID + "\n"), content);
            assertEquals(THIS_PID, ProjectLock.ownerOf(file).pid());
        }
    }

    @Test
    void saveAsOntoAnOpenProjectIsRefused() throws IOException {
        Path held = TestProjects.saved(folder.resolve("held.croeso"));
        Path mine = TestProjects.saved(folder.resolve("mine.croeso"));
        try (ProjectSession holder = ProjectSession.open(held, SessionSettings.autosaveOnDemand());
                ProjectSession session = ProjectSession.open(mine, SessionSettings.autosaveOnDemand())) {
            ReadOnlyProjectException refused = assertThrows(ReadOnlyProjectException.class, () -> session.saveAs(held));
            assertEquals(held.toAbsolutePath(), refused.file());
            assertEquals(mine.toAbsolutePath(), session.file(), "the session keeps its own file");
            assertFalse(session.isReadOnly());
        }
    }

    @Test
    void aReadOnlySessionBecomesWritableOnItsOwnCopy() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        Path copy = folder.resolve("my-copy.croeso");
        try (ProjectSession holder = ProjectSession.open(file, SessionSettings.autosaveOnDemand());
                ProjectSession reader = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertTrue(reader.isReadOnly());
            reader.saveAs(copy);
            assertFalse(reader.isReadOnly());
            assertTrue(reader.execute(ProjectSessionTest.rename(reader, TestProjects.EDITED_NAME)));
            reader.save();
            assertTrue(Files.exists(ProjectLock.fileOf(file.toAbsolutePath())), "the holder still has its lock");
        }
        assertEquals("South East Wales", cymru.croeso.model.files.ProjectFiles.load(file).getName());
        assertEquals(TestProjects.EDITED_NAME, cymru.croeso.model.files.ProjectFiles.load(copy).getName());
    }
}
