package cymru.croeso.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.testing.EnglishLocale;
import cymru.croeso.export.disclosure.DisclosureRule;

/** The settings' defaults and the checks that keep a bad value from being saved, each naming the fix. */
@ExtendWith(EnglishLocale.class)
class UserSettingsTest {
    @TempDir
    Path home;

    @Test
    void defaultsAreThoseTheIssuesAndTheCliUse() throws Exception {
        UserSettings d = UserSettings.defaults(home);
        assertEquals("", d.language());
        assertEquals(DisclosureRule.Method.SUPPRESS, d.disclosureMethod());
        assertEquals(5, d.disclosureThreshold());
        assertEquals(1_000, d.draws());
        assertEquals(home.resolve("Croeso"), d.exportFolder());
        assertEquals(cymru.croeso.data.store.CroesoDatabase.defaultUrl(), d.databaseUrl());
        assertEquals(List.of(), d.problems());
        Files.createDirectory(home.resolve("Documents"));
        assertEquals(home.resolve("Documents").resolve("Croeso"), UserSettings.defaults(home).exportFolder());
    }

    @Test
    void theExportLanguageFollowsTheWorkbenchUntilTheUserChooses() {
        UserSettings d = UserSettings.defaults(home);
        assertEquals("cy", d.exportLanguage(Locale.forLanguageTag("cy")));
        assertEquals("en", d.exportLanguage(Locale.GERMAN));
        assertEquals("en", d.withLanguage("en").exportLanguage(Locale.forLanguageTag("cy")));
    }

    @Test
    void thresholdsAndDrawsOutsideTheirRangesAreRefusedWithTheRange() {
        UserSettings d = UserSettings.defaults(home);
        assertEquals(List.of(), d.withDisclosure(DisclosureRule.Method.SUPPRESS, 2).problems());
        assertEquals(List.of(), d.withDisclosure(DisclosureRule.Method.ROUND, 100).problems());
        only(d.withDisclosure(DisclosureRule.Method.SUPPRESS, 1), "disclosure.threshold", "from 2 to 100");
        only(d.withDisclosure(DisclosureRule.Method.SUPPRESS, 101), "disclosure.threshold", "from 2 to 100");
        assertEquals(List.of(), d.withDraws(100).problems());
        assertEquals(List.of(), d.withDraws(100_000).problems());
        only(d.withDraws(99), "stochastic.draws", "from 100 to 100000, not 99");
        only(d.withDraws(100_001), "stochastic.draws", "not 100001");
        only(d.withLanguage("fr"), "language", "English (en) or Cymraeg (cy)");
        assertEquals(5, d.disclosureRule().threshold());
    }

    @Test
    void theExportFolderMustBeAFullPathToAFolder() throws Exception {
        UserSettings d = UserSettings.defaults(home);
        only(d.withExportFolder(Path.of("packs")), "export.folder", "not a full path");
        Path file = Files.writeString(home.resolve("a-file"), "x");
        only(d.withExportFolder(file), "export.folder", "is a file, not a folder");
        // a folder that does not exist yet is fine: the first export makes it
        assertEquals(List.of(), d.withExportFolder(home.resolve("new").resolve("folder")).problems());
    }

    @Test
    void goodDatabaseUrlsPass() {
        UserSettings d = UserSettings.defaults(home);
        for (String url : new String[] { "jdbc:h2:file:/srv/croeso/croeso", "jdbc:h2:~/.croeso/croeso",
                "jdbc:h2:file:~/croeso;AUTO_SERVER=FALSE", "jdbc:h2:./data/croeso", "jdbc:h2:tcp://db.council.gov.wales:9092/croeso",
                "jdbc:h2:tcp://localhost/~/croeso", "jdbc:h2:ssl://10.0.0.5:9093/planning;USER=planner",
                "JDBC:H2:file:C:/Croeso/croeso", "  jdbc:h2:file:/tmp/x  " }) {
            assertEquals(List.of(), d.withDatabaseUrl(url).problems(), url);
        }
    }

    @Test
    void badDatabaseUrlsAreRefusedWithTheFix() {
        UserSettings d = UserSettings.defaults(home);
        only(d.withDatabaseUrl(""), "database.url", "for example jdbc:h2:file:~/.croeso/croeso");
        only(d.withDatabaseUrl("postgresql://db/croeso"), "database.url", "is not an H2 database URL: it must start with jdbc:h2:");
        only(d.withDatabaseUrl("jdbc:postgresql://db/croeso"), "database.url", "must start with jdbc:h2:");
        only(d.withDatabaseUrl("jdbc:h2:mem:test"), "database.url", "forgets every imported table");
        only(d.withDatabaseUrl("jdbc:h2:croeso"), "database.url", "relative to wherever Croeso was started");
        only(d.withDatabaseUrl("jdbc:h2:file:"), "database.url", "names no database");
        only(d.withDatabaseUrl("jdbc:h2:zip:/x.zip!/croeso"), "database.url", "not \"zip:\"");
        only(d.withDatabaseUrl("jdbc:h2:file:/srv/croeso.mv.db"), "database.url", "so write /srv/croeso.");
        only(d.withDatabaseUrl("jdbc:h2:tcp://server:99999/croeso"), "database.url", "Port \"99999\"");
        only(d.withDatabaseUrl("jdbc:h2:tcp://server:abc/croeso"), "database.url", "Port \"abc\"");
        only(d.withDatabaseUrl("jdbc:h2:tcp://server"), "database.url", "jdbc:h2:tcp://host:port/name");
        only(d.withDatabaseUrl("jdbc:h2:/srv/croeso;AUTO_SERVER"), "database.url", "\";AUTO_SERVER\"");
    }

    @Test
    void problemsAreInWelshForAWelshUser() {
        Locale.setDefault(Locale.forLanguageTag("cy"));
        only(UserSettings.defaults(home).withDatabaseUrl("jdbc:h2:mem:x"), "database.url", "Cronfa ddata yn y cof");
        only(UserSettings.defaults(home).withDraws(5), "stochastic.draws", "rhwng 100 a 100000, nid 5");
    }

    @Test
    void theRuleOfUnusableSettingsIsNotMade() {
        assertThrows(IllegalArgumentException.class,
                () -> UserSettings.defaults(home).withDisclosure(DisclosureRule.Method.SUPPRESS, 1).disclosureRule());
    }

    private static void only(UserSettings settings, String setting, String fragment) {
        List<SettingProblem> problems = settings.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(setting, problems.get(0).setting());
        assertTrue(problems.get(0).message().contains(fragment), problems.get(0).message());
    }
}
