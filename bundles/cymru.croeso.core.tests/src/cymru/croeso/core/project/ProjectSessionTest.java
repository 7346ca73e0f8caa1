package cymru.croeso.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.cli.UserError;
import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Project;
import cymru.croeso.model.files.ProjectFiles;
import cymru.croeso.model.values.ModelEquality;

class ProjectSessionTest {

    @TempDir
    Path folder;

    static Command rename(ProjectSession session, String name) {
        return SetCommand.create(session.editingDomain(), session.project(), Literals.PROJECT__NAME, name);
    }

    static Command addAnglesey(ProjectSession session) {
        return AddCommand.create(session.editingDomain(), session.project(), Literals.PROJECT__AREAS,
                TestProjects.anglesey());
    }

    private static List<String> areaCodes(Project project) {
        return project.getAreas().stream().map(Area::getCode).toList();
    }

    @Test
    void editUndoRedoSaveAndReopenGivesTheEditedModel() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            assertTrue(session.execute(rename(session, TestProjects.EDITED_NAME)));
            assertTrue(session.execute(addAnglesey(session)));
            assertEquals(List.of("W06000015", "W06000022", "W06000001"), areaCodes(session.project()));

            session.undo();
            assertEquals(List.of("W06000015", "W06000022"), areaCodes(session.project()));
            assertEquals(TestProjects.EDITED_NAME, session.project().getName());
            session.undo();
            assertEquals("South East Wales", session.project().getName());
            assertFalse(session.canUndo());
            session.redo();
            session.redo();
            assertFalse(session.canRedo());
            assertEquals(List.of("W06000015", "W06000022", "W06000001"), areaCodes(session.project()));
            session.save();
        }
        Project reopened = ProjectFiles.load(file);
        assertTrue(ModelEquality.equal(TestProjects.smallEdited(true), reopened), "the saved file lacks the edits");
        assertEquals("Ynys Môn", reopened.getAreas().get(2).getNameCy());
    }

    @Test
    void anUnchangedSaveWritesTheSameBytes() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        byte[] before = Files.readAllBytes(file);
        Path copy = folder.resolve("copy.croeso");
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            session.save();
            assertArrayEquals(before, Files.readAllBytes(file));
            // An edit undone is no change either.
            session.execute(addAnglesey(session));
            session.undo();
            session.save();
            assertArrayEquals(before, Files.readAllBytes(file));
            session.saveAs(copy);
            assertEquals(copy.toAbsolutePath().normalize(), session.file());
        }
        assertArrayEquals(before, Files.readAllBytes(copy), "the bytes must not depend on the file's name");
    }

    @Test
    void dirtyStateFollowsTheCommandStackAndItsSavePoint() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        List<Boolean> heard = new ArrayList<>();
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            session.addDirtyListener(heard::add);
            assertFalse(session.isDirty());
            session.execute(rename(session, TestProjects.EDITED_NAME));
            assertTrue(session.isDirty());
            session.undo();
            assertFalse(session.isDirty(), "back at the save point");
            session.redo();
            session.save();
            assertFalse(session.isDirty());
            session.undo(); // now the file has the edit and the model does not
            assertTrue(session.isDirty());
            session.redo();
            assertFalse(session.isDirty());
        }
        assertEquals(List.of(true, false, true, false, true, false), heard);
    }

    @Test
    void aNewProjectIsDirtyUntilItsFirstSave() throws IOException {
        Path file = folder.resolve("new.croeso");
        try (ProjectSession session = ProjectSession.create(file, TestProjects.small(), SessionSettings.autosaveOnDemand())) {
            assertTrue(session.isDirty());
            assertFalse(Files.exists(file));
            session.save();
            assertFalse(session.isDirty());
        }
        assertTrue(ModelEquality.equal(TestProjects.small(), ProjectFiles.load(file)));
        UserError exists = assertThrows(UserError.class,
                () -> ProjectSession.create(file, TestProjects.small(), SessionSettings.autosaveOnDemand()));
        assertTrue(exists.getMessage().startsWith(file.toAbsolutePath() + ": "), exists.getMessage());
    }

    @Test
    void theDomainUsesTheModelsItemProviders() throws IOException {
        Path file = TestProjects.saved(folder.resolve("gwent.croeso"));
        try (ProjectSession session = ProjectSession.open(file, SessionSettings.autosaveOnDemand())) {
            Object provider = session.adapterFactory().adapt(session.project().getAreas().get(0), IItemLabelProvider.class);
            assertEquals("cymru.croeso.model.edit.provider.AreaItemProvider", provider.getClass().getName());
            assertEquals(session.commandStack(), session.editingDomain().getCommandStack());
        }
    }
}
