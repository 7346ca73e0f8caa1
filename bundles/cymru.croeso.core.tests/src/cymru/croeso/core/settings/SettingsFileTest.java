package cymru.croeso.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.testing.EnglishLocale;
import cymru.croeso.export.disclosure.DisclosureRule;

/** Settings written and read back, and a damaged file reported line by line without losing what the user wrote. */
@ExtendWith(EnglishLocale.class)
class SettingsFileTest {
    @TempDir
    Path home;

    @Test
    void aMissingFileGivesTheDefaults() throws Exception {
        SettingsFile.Loaded loaded = SettingsFile.load(home.resolve("none.properties"), home);
        assertEquals(UserSettings.defaults(home), loaded.settings());
        assertEquals(List.of(), loaded.problems());
    }

    @Test
    void everySettingSurvivesARoundTrip() throws Exception {
        // awkward values on purpose: a Welsh folder name with a space first and a backslash, a URL with settings
        UserSettings chosen = UserSettings.defaults(home).withLanguage("cy")
                .withDisclosure(DisclosureRule.Method.ROUND, 10)
                .withExportFolder(home.resolve(" Pecynnau'r bwrdd\\2026 ŵ"))
                .withDraws(2_500)
                .withDatabaseUrl("jdbc:h2:tcp://db.council.gov.wales:9092/croeso;USER=planner");
        Path file = SettingsFile.in(home.resolve("workspace"));
        SettingsFile.save(chosen, file);
        SettingsFile.Loaded loaded = SettingsFile.load(file, home);
        assertEquals(List.of(), loaded.problems());
        assertEquals(chosen, loaded.settings());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("stochastic.draws=2500\n"), text);
        assertTrue(text.contains("disclosure.method=round\n"), text);
        // saving again writes the same bytes: nothing in the file depends on the time or on hash order
        byte[] first = Files.readAllBytes(file);
        SettingsFile.save(loaded.settings(), file);
        assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(file, StandardCharsets.UTF_8));
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left beside the settings");
        }
    }

    @Test
    void badValuesInTheFileAreReportedWithLineAndTheDefaultUsedButTheFileIsKept() throws Exception {
        Path file = home.resolve("settings.properties");
        String text = """
                # written by hand
                language=cy
                stochastic.draws=lots
                disclosure.threshold=1
                database.url=jdbc:h2:mem:x
                export.folder=/srv/packs
                """;
        Files.writeString(file, text);
        SettingsFile.Loaded loaded = SettingsFile.load(file, home);
        UserSettings d = UserSettings.defaults(home);
        assertEquals("cy", loaded.settings().language());
        assertEquals(Path.of("/srv/packs"), loaded.settings().exportFolder());
        assertEquals(d.draws(), loaded.settings().draws());
        assertEquals(d.disclosureThreshold(), loaded.settings().disclosureThreshold());
        assertEquals(d.databaseUrl(), loaded.settings().databaseUrl());
        List<String> problems = loaded.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ":4: disclosure.threshold: Disclosure threshold 1 cannot be used"),
                problems.get(0));
        assertTrue(problems.get(0).endsWith("The default (5) is used instead; change it in Window > Preferences, or correct the file."),
                problems.get(0));
        assertTrue(problems.get(1).startsWith(file + ":3: stochastic.draws = \"lots\" cannot be read; the default (1000)"),
                problems.get(1));
        assertTrue(problems.get(2).startsWith(file + ":5: database.url: jdbc:h2:mem:x is an in-memory database"),
                problems.get(2));
        assertEquals(text, Files.readString(file), "reading never rewrites the user's file");
    }

    @Test
    void settingsWithProblemsAreNotSaved() throws Exception {
        Path file = home.resolve("settings.properties");
        assertThrows(IllegalArgumentException.class,
                () -> SettingsFile.save(UserSettings.defaults(home).withDatabaseUrl("nonsense"), file));
        assertTrue(Files.notExists(file));
    }

    @Test
    void escapingMatchesWhatPropertiesReads() throws Exception {
        String value = " a\\b\tc\nd é";
        java.util.Properties p = new java.util.Properties();
        p.load(new java.io.StringReader("k=" + SettingsFile.escape(value)));
        assertEquals(value, p.getProperty("k"));
    }
}
