package cymru.croeso.core.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import cymru.croeso.data.store.CroesoDatabase;
import cymru.croeso.export.disclosure.DisclosureRule;

/**
 * What one user has chosen for their workbench: its language, the disclosure control applied to exports, where
 * exports go, how many draws a stochastic run makes and which database holds imported tables. Values, not a service:
 * the workbench keeps the current settings in its application context ({@code @Inject UserSettings}) and replaces
 * them when the user changes a preference; {@link SettingsFile} reads and writes them. A value may be out of range
 * until {@link #problems()} has been checked, so that a form can hold what the user typed.
 *
 * @param language            {@code en} or {@code cy} once the user has chosen, or {@code ""} to follow the language
 *                            Croeso was started in ({@code -nl}, else the system's)
 * @param disclosureMethod    suppress small counts or round every count
 * @param disclosureThreshold counts from 1 up to (not including) this are suppressed; kept when rounding
 * @param exportFolder        where board packs and chart files go unless the user picks another place
 * @param draws               draws in a stochastic (uncertainty) run
 * @param databaseUrl         the H2 database for imported tables and run history
 */
public record UserSettings(String language, DisclosureRule.Method disclosureMethod, int disclosureThreshold,
        Path exportFolder, int draws, String databaseUrl) {

    public static final String ENGLISH = "en";
    public static final String WELSH = "cy";
    /** No language chosen: follow the one Croeso was started in. */
    public static final String FOLLOW_SYSTEM = "";

    /**
     * 1,000 draws: the number issue 7 asks a stochastic run to make and the CLI's {@code uncertainty --draws}
     * default, enough for stable 5th and 95th percentiles (50 draws beyond each).
     */
    public static final int DEFAULT_DRAWS = 1_000;
    /** Fewer than 100 draws leave fewer than 5 beyond the 5th and 95th percentiles: the fan would be noise. */
    public static final int MIN_DRAWS = 100;
    /** 100,000 draws take about 20 minutes on a laptop (about 11 ms a draw for the 22-area sample); more is waste. */
    public static final int MAX_DRAWS = 100_000;
    /**
     * The highest disclosure threshold accepted. Practice is 5 or 10 (see {@link DisclosureRule#DEFAULT_THRESHOLD});
     * above 100 almost every count of a local authority's table would be hidden, which is a typing slip, not a rule.
     */
    public static final int MAX_THRESHOLD = 100;

    public UserSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(disclosureMethod, "disclosureMethod");
        Objects.requireNonNull(exportFolder, "exportFolder");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
    }

    /**
     * The settings of a user who has chosen nothing: the language Croeso was started in, small counts suppressed
     * below {@link DisclosureRule#DEFAULT_THRESHOLD}, exports into {@link #defaultExportFolder(Path)},
     * {@value #DEFAULT_DRAWS} draws and the database under {@code ~/.croeso} that the CLI uses too.
     */
    public static UserSettings defaults(Path home) {
        return new UserSettings(FOLLOW_SYSTEM, DisclosureRule.Method.SUPPRESS, DisclosureRule.DEFAULT_THRESHOLD,
                defaultExportFolder(home), DEFAULT_DRAWS, CroesoDatabase.defaultUrl());
    }

    /** The user's defaults from {@code user.home}. */
    public static UserSettings defaults() {
        return defaults(Path.of(System.getProperty("user.home")));
    }

    /** {@code ~/Documents/Croeso} where the user has a Documents folder, else {@code ~/Croeso}; made on first export. */
    public static Path defaultExportFolder(Path home) {
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).resolve("Croeso").toAbsolutePath();
    }

    /** The disclosure control exports apply; only for settings without {@link #problems()}. */
    public DisclosureRule disclosureRule() {
        return new DisclosureRule(disclosureMethod, disclosureThreshold);
    }

    /** The language to write exports in: the chosen one, else {@code cy} for a Welsh locale and {@code en} otherwise. */
    public String exportLanguage(Locale current) {
        if (!language.isEmpty()) {
            return language;
        }
        return WELSH.equals(current.getLanguage()) ? WELSH : ENGLISH;
    }

    public UserSettings withLanguage(String value) {
        return new UserSettings(value, disclosureMethod, disclosureThreshold, exportFolder, draws, databaseUrl);
    }

    public UserSettings withDisclosure(DisclosureRule.Method method, int threshold) {
        return new UserSettings(language, method, threshold, exportFolder, draws, databaseUrl);
    }

    public UserSettings withExportFolder(Path value) {
        return new UserSettings(language, disclosureMethod, disclosureThreshold, value, draws, databaseUrl);
    }

    public UserSettings withDraws(int value) {
        return new UserSettings(language, disclosureMethod, disclosureThreshold, exportFolder, value, databaseUrl);
    }

    public UserSettings withDatabaseUrl(String value) {
        return new UserSettings(language, disclosureMethod, disclosureThreshold, exportFolder, draws, value.trim());
    }

    /** What is wrong with these settings, each with its fix; empty when they can be used and saved. */
    public List<SettingProblem> problems() {
        List<SettingProblem> problems = new ArrayList<>();
        if (!language.isEmpty() && !language.equals(ENGLISH) && !language.equals(WELSH)) {
            problems.add(new SettingProblem(SettingsFile.LANGUAGE, SettingsMessages.format("language.bad", language)));
        }
        if (disclosureThreshold < 2 || disclosureThreshold > MAX_THRESHOLD) {
            problems.add(new SettingProblem(SettingsFile.THRESHOLD, SettingsMessages.format("threshold.range",
                    Integer.toString(disclosureThreshold), Integer.toString(MAX_THRESHOLD),
                    Integer.toString(DisclosureRule.DEFAULT_THRESHOLD))));
        }
        exportFolderProblem().ifPresent(m -> problems.add(new SettingProblem(SettingsFile.EXPORT_FOLDER, m)));
        if (draws < MIN_DRAWS || draws > MAX_DRAWS) {
            problems.add(new SettingProblem(SettingsFile.DRAWS, SettingsMessages.format("draws.range",
                    Integer.toString(draws), Integer.toString(MIN_DRAWS), Integer.toString(MAX_DRAWS),
                    Integer.toString(DEFAULT_DRAWS))));
        }
        DatabaseUrl.problem(databaseUrl).ifPresent(m -> problems.add(new SettingProblem(SettingsFile.DATABASE_URL, m)));
        return problems;
    }

    private Optional<String> exportFolderProblem() {
        if (exportFolder.toString().isBlank()) {
            return Optional.of(SettingsMessages.format("folder.empty"));
        }
        if (!exportFolder.isAbsolute()) {
            return Optional.of(SettingsMessages.format("folder.relative", exportFolder));
        }
        if (Files.exists(exportFolder) && !Files.isDirectory(exportFolder)) {
            return Optional.of(SettingsMessages.format("folder.notFolder", exportFolder));
        }
        return Optional.empty();
    }
}
