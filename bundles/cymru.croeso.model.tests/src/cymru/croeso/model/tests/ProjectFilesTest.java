package cymru.croeso.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.files.ProjectFileException;
import cymru.croeso.model.files.ProjectFiles;
import cymru.croeso.model.files.ProjectFormat;
import cymru.croeso.model.values.ModelEquality;

class ProjectFilesTest {

    @TempDir
    Path folder;

    @Test
    void aSavedProjectLoadsAsAnEqualModel() throws IOException {
        Project original = SampleProjects.small();
        Path file = folder.resolve("test.croeso");
        ProjectFiles.save(original, file);
        Project loaded = ProjectFiles.load(file);
        assertTrue(ModelEquality.equal(original, loaded), "loaded project differs from the saved one");
        // EcoreUtil.equals alone compares double[] by identity, which is why ModelEquality exists.
        assertFalse(EcoreUtil.equals(original, loaded));
        // Check a value and cross-references by hand too.
        assertEquals(10.5, loaded.getBasePopulation().getValues()[1]);
        MigrationTotal inflow = (MigrationTotal) loaded.getAssumptions().getMigration().get(0);
        assertEquals(loaded.getAreas().get(0), inflow.getArea());
        assertEquals(loaded.getAssumptions().getSchedules().get(0), inflow.getSchedule());
    }

    @Test
    void savingIsByteStable() throws IOException {
        Path first = folder.resolve("first.croeso");
        Path second = folder.resolve("second.croeso");
        ProjectFiles.save(SampleProjects.small(), first);
        ProjectFiles.save(ProjectFiles.load(first), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        // Two projects built the same way also give the same bytes: nothing depends on time or identity hashes.
        assertArrayEquals(ProjectFiles.toBytes(SampleProjects.small()), ProjectFiles.toBytes(SampleProjects.small()));
    }

    @Test
    void anUnchangedSaveLeavesTheFileAlone() throws IOException {
        Project project = SampleProjects.small();
        Path file = folder.resolve("same.croeso");
        ProjectFiles.save(project, file);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        ProjectFiles.save(project, file);
        assertEquals(old, Files.getLastModifiedTime(file));
        assertFalse(Files.exists(folder.resolve("same.croeso.saving")));
    }

    @Test
    void filesAreUtf8WithTheNamespaceAndFormatVersion() throws IOException {
        String text = new String(ProjectFiles.toBytes(SampleProjects.small()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text.substring(0, 60));
        assertTrue(text.contains("xmlns:croeso=\"http://croeso.cymru/model/1.0\""));
        assertTrue(text.contains("formatVersion=\"" + ProjectFormat.CURRENT_VERSION + "\""));
        assertTrue(text.contains("nameCy=\"Caerdydd\""));
        assertFalse(text.contains("\r"));
    }

    @Test
    void anExternalEntityIsNeverRead() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a");
        Path file = folder.resolve("evil.croeso");
        Files.writeString(file, resource("xxe.croeso.txt").replace("SECRET_URI", secret.toUri().toString()));
        byte[] before = Files.readAllBytes(file);

        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void thePayloadDoesLeakThroughAPlainParser() throws Exception {
        // Control: a default JDK parser reads the secret, so the test above would notice if the safe options were lost.
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a");
        Path file = folder.resolve("evil.croeso");
        Files.writeString(file, resource("xxe.croeso.txt").replace("SECRET_URI", secret.toUri().toString()));
        StringBuilder text = new StringBuilder();
        javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser().parse(file.toFile(),
                new org.xml.sax.helpers.DefaultHandler() {
                    @Override
                    public void characters(char[] chars, int start, int length) {
                        text.append(chars, start, length);
                    }
                });
        assertTrue(text.toString().contains("TOP-SECRET-7f3a"), text.toString());
    }

    @Test
    void aTruncatedFileGivesAClearErrorAndIsLeftAsItWas() throws IOException {
        byte[] whole = ProjectFiles.toBytes(SampleProjects.small());
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length * 2 / 3);
        Path file = folder.resolve("cut.croeso");
        Files.write(file, truncated);

        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertEquals(file, e.file());
        assertTrue(e.line() > 1, "line " + e.line());
        assertTrue(e.getMessage().startsWith(file + ":" + e.line() + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("damaged or incomplete"), e.getMessage());
        assertTrue(e.getMessage().contains("not changed"), e.getMessage());
        assertArrayEquals(truncated, Files.readAllBytes(file));
    }

    @Test
    void garbageAndEmptyFilesAreReportedNotThrownRaw() throws IOException {
        Path empty = folder.resolve("empty.croeso");
        Files.write(empty, new byte[0]);
        assertThrows(ProjectFileException.class, () -> ProjectFiles.load(empty));
        Path noise = folder.resolve("noise.croeso");
        Files.write(noise, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertThrows(ProjectFileException.class, () -> ProjectFiles.load(noise));
        ProjectFileException missing = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.load(folder.resolve("none.croeso")));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    }

    @Test
    void aReferenceToAnAreaThatDoesNotExistIsReportedWithItsLine() throws IOException {
        String text = new String(ProjectFiles.toBytes(SampleProjects.small()), StandardCharsets.UTF_8)
                .replace("area=\"W06000015\"", "area=\"W06999999\"");
        Path file = folder.resolve("dangling.croeso");
        Files.writeString(file, text);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertTrue(e.getMessage().contains("W06999999"), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void aFileFromANewerCroesoIsRefusedWithAdvice() throws IOException {
        String text = new String(ProjectFiles.toBytes(SampleProjects.small()), StandardCharsets.UTF_8);
        Path newerNamespace = folder.resolve("v2.croeso");
        Files.writeString(newerNamespace, text.replace("http://croeso.cymru/model/1.0", "http://croeso.cymru/model/2.0"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(newerNamespace));
        assertTrue(e.getMessage().contains("model/2.0"), e.getMessage());
        Path newerVersion = folder.resolve("v1-7.croeso");
        Files.writeString(newerVersion, text.replace("formatVersion=\"" + ProjectFormat.CURRENT_VERSION + "\"",
                "formatVersion=\"7\""));
        ProjectFileException e2 = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(newerVersion));
        assertTrue(e2.getMessage().contains("Update Croeso"), e2.getMessage());
    }

    @Test
    void aVersion0FileIsMigratedInMemoryOnly() throws IOException {
        Path file = folder.resolve("old.croeso");
        Files.writeString(file, resource("version0.croeso.txt"));
        byte[] before = Files.readAllBytes(file);

        Project project = ProjectFiles.load(file);

        assertEquals(ProjectFormat.CURRENT_VERSION, project.getFormatVersion());
        assertEquals("Cardiff", project.getAreas().get(0).getNameEn());
        assertEquals("W06000015", project.getAreas().get(0).getCode());
        assertEquals("Refugees", project.getGroups().get(1).getNameEn());
        assertNotNull(project.getBasePopulation());
        assertArrayEquals(new double[] {10, 20, 30, 40, 1.5, 2.5, 3.5, 4.5},
                project.getBasePopulation().getValues());
        assertEquals(project.getGroups().get(1), project.getBasePopulation().getGroups().get(1));
        assertArrayEquals(before, Files.readAllBytes(file), "opening must not rewrite the old file");

        Path migrated = folder.resolve("new.croeso");
        ProjectFiles.save(project, migrated);
        String text = Files.readString(migrated);
        assertTrue(text.contains("http://croeso.cymru/model/1.0") && text.contains("nameEn=\"Cardiff\""), text);
        assertFalse(text.contains(" name=\"Cardiff\""), text);
    }

    @Test
    void aVersion1FileIsMigratedInMemoryOnly() throws IOException {
        Path file = folder.resolve("v1.croeso");
        Files.writeString(file, resource("version1.croeso.txt"));
        byte[] before = Files.readAllBytes(file);

        Project project = ProjectFiles.load(file);

        assertEquals(ProjectFormat.CURRENT_VERSION, project.getFormatVersion());
        MigrationTotal newport = (MigrationTotal) project.getAssumptions().getMigration().get(0);
        MigrationTotal cardiff = (MigrationTotal) project.getAssumptions().getMigration().get(1);
        assertEquals("internationalIn-W06000022-refugees", newport.getId());
        assertEquals("internationalIn-W06000015-refugees", cardiff.getId());
        // The override named the second flow by position; it still means Cardiff's 120 a year.
        assertSame(cardiff, project.getScenarios().get(1).getOverrides().get(0).getTarget());
        assertEquals(120, cardiff.getTotal());
        GroupTransition granted = project.getAssumptions().getTransitions().get(0);
        assertEquals("transition-asylum-seekers-refugees", granted.getId());
        assertTrue(granted.getProvenance().getNote().startsWith("Processing years 0.5 "), granted.getProvenance().getNote());
        // Version 1 worked with the defaults held outside the project; now the project states them.
        ServiceAssumptions figures = project.getServices().getAssumptions();
        assertTrue(figures.isSetVacancyRate());
        assertEquals(0.03, figures.getVacancyRate());
        assertEquals(0.27, figures.getNonUkBornLimitedEnglishShare());
        assertEquals(400, project.getServices().getEsolProviders().get(0).getPlaces());
        assertArrayEquals(before, Files.readAllBytes(file), "opening must not rewrite the old file");

        Path migrated = folder.resolve("v2.croeso");
        ProjectFiles.save(project, migrated);
        String text = Files.readString(migrated);
        assertTrue(text.contains("target=\"internationalIn-W06000015-refugees\""), text);
        assertFalse(text.contains("@assumptions"), text);
        assertFalse(text.contains("processingYears=") || text.contains("formatVersion=\"1\""), text);
        assertTrue(text.contains("vacancyRate=\"0.03\""), text);
        assertTrue(ModelEquality.equal(project, ProjectFiles.load(migrated)), "the migrated file reloads as it was saved");
    }

    @Test
    void filesNameAssumptionsByIdentifierAndCarryTheServiceFigures() throws IOException {
        Project project = SampleProjects.small();
        Scenario withoutAction = SampleProjects.F.createScenario();
        withoutAction.setId("higher-without-a1");
        withoutAction.setParent(project.getScenarios().get(1));
        withoutAction.getDisabledActions().addAll(project.getScenarios().get(1).getEnabledActions());
        project.getScenarios().add(withoutAction);
        String text = new String(ProjectFiles.toBytes(project), StandardCharsets.UTF_8);
        assertEquals("internationalIn-W06000015-refugees", project.getAssumptions().getMigration().get(0).getId());
        assertTrue(text.contains("<overrides target=\"internationalIn-W06000015-refugees\""), text);
        assertTrue(text.contains("vacancyRate=\"0.05\"") && text.contains("gpRegistrationRate=\"1.0\""), text);
        assertTrue(text.contains("<figureSources figure=\"vacancyRate\" source=\"Council tax base, 2024\"/>"), text);
        assertTrue(text.contains("disabledActions=\"A1\"") && text.contains("toYear=\"2031\""), text);
    }

    @Test
    void aFileOfTheCurrentFormatWithAnUnknownFieldIsStillRefused() throws IOException {
        String text = new String(ProjectFiles.toBytes(SampleProjects.small()), StandardCharsets.UTF_8)
                .replace("share=\"0.4\"", "share=\"0.4\" processingYears=\"0.5\"");
        Path file = folder.resolve("odd.croeso");
        Files.writeString(file, text);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertTrue(e.getMessage().contains("processingYears") && e.line() > 0, e.getMessage());
    }

    private static String resource(String name) throws IOException {
        try (var in = ProjectFilesTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
