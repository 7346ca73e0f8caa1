package cymru.croeso.core.settings;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;

import cymru.croeso.export.disclosure.DisclosureRule;

/**
 * Reads and writes a user's {@link UserSettings} as {@value #NAME} in their workspace: a UTF-8 properties file a
 * person can read. A bad value in the file is reported (file, line, setting, the fix) and the default used in its
 * place, but the file is left as it is until the user saves their preferences, so nothing they wrote is lost.
 */
public final class SettingsFile {
    /** The file's name inside the workspace ({@code ~/.croeso/workspace} for the product). */
    public static final String NAME = "settings.properties";

    static final String LANGUAGE = "language";
    static final String METHOD = "disclosure.method";
    static final String THRESHOLD = "disclosure.threshold";
    static final String EXPORT_FOLDER = "export.folder";
    static final String DRAWS = "stochastic.draws";
    static final String DATABASE_URL = "database.url";

    private SettingsFile() {
    }

    /** The settings file of a workspace. */
    public static Path in(Path workspace) {
        return workspace.resolve(NAME);
    }

    /**
     * Settings read from a file, with a message for every value that could not be used.
     *
     * @param settings what to use: the file's values, defaults where a value was missing or bad
     * @param problems one message per bad value, naming the file, line and setting
     */
    public record Loaded(UserSettings settings, List<String> problems) {
    }

    /** Reads {@code file}; a missing file gives the defaults for a user whose home is {@code home}. */
    public static Loaded load(Path file, Path home) throws IOException {
        UserSettings defaults = UserSettings.defaults(home);
        if (!Files.exists(file)) {
            return new Loaded(defaults, List.of());
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Properties values = new Properties();
        values.load(new StringReader(text));
        Reading reading = new Reading(file, text.lines().toList(), values);
        UserSettings s = defaults;
        s = reading.apply(s, LANGUAGE, (x, v) -> x.withLanguage(v.toLowerCase(Locale.ROOT)), defaults.language());
        s = reading.apply(s, METHOD, (x, v) -> x.withDisclosure(method(v), x.disclosureThreshold()),
                defaults.disclosureMethod().name().toLowerCase(Locale.ROOT));
        s = reading.apply(s, THRESHOLD, (x, v) -> x.withDisclosure(x.disclosureMethod(), Integer.parseInt(v)),
                Integer.toString(defaults.disclosureThreshold()));
        s = reading.apply(s, EXPORT_FOLDER, (x, v) -> x.withExportFolder(Path.of(v)), defaults.exportFolder().toString());
        s = reading.apply(s, DRAWS, (x, v) -> x.withDraws(Integer.parseInt(v)), Integer.toString(defaults.draws()));
        s = reading.apply(s, DATABASE_URL, UserSettings::withDatabaseUrl, defaults.databaseUrl());
        return new Loaded(s, reading.problems);
    }

    /**
     * Writes {@code settings} to {@code file}, all or nothing (a temporary file moved into place).
     *
     * @throws IllegalArgumentException when the settings have {@link UserSettings#problems()}
     */
    public static void save(UserSettings settings, Path file) throws IOException {
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException(settings.problems().get(0).message());
        }
        StringBuilder text = new StringBuilder();
        text.append("# Croeso: this user's preferences (Window > Preferences). UTF-8; a bad value is reported and its\n");
        text.append("# default used until the preferences are saved again.\n");
        line(text, LANGUAGE, settings.language());
        line(text, METHOD, settings.disclosureMethod().name().toLowerCase(Locale.ROOT));
        line(text, THRESHOLD, Integer.toString(settings.disclosureThreshold()));
        line(text, EXPORT_FOLDER, settings.exportFolder().toString());
        line(text, DRAWS, Integer.toString(settings.draws()));
        line(text, DATABASE_URL, settings.databaseUrl());
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), "." + NAME, ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static DisclosureRule.Method method(String value) {
        return DisclosureRule.Method.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(escape(value)).append('\n');
    }

    /** Escapes a value as {@link Properties#load} reads it back (backslashes, line breaks, a leading space). */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One pass over a file's values: each applied if it parses and passes its check, else reported. */
    private static final class Reading {
        private final Path file;
        private final List<String> lines;
        private final Properties values;
        private final List<String> problems = new ArrayList<>();

        Reading(Path file, List<String> lines, Properties values) {
            this.file = file;
            this.lines = lines;
            this.values = values;
        }

        UserSettings apply(UserSettings settings, String key, BiFunction<UserSettings, String, UserSettings> change,
                String fallback) {
            String value = values.getProperty(key);
            if (value == null) {
                return settings;
            }
            value = value.trim();
            UserSettings changed;
            try {
                changed = change.apply(settings, value);
            } catch (IllegalArgumentException e) {
                // NumberFormatException, InvalidPathException and an unknown enum name are all IllegalArgumentExceptions
                problems.add(SettingsMessages.format("file.unreadable", file, Integer.toString(lineOf(key)), key, value,
                        fallback));
                return settings;
            }
            for (SettingProblem p : changed.problems()) {
                if (p.setting().equals(key)) {
                    problems.add(SettingsMessages.format("file.problem", file, Integer.toString(lineOf(key)), key,
                            p.message(), fallback));
                    return settings;
                }
            }
            return changed;
        }

        /** The line (from 1) where {@code key} is set, for messages; 0 if it cannot be found (a continued line). */
        private int lineOf(String key) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).stripLeading();
                if (line.startsWith(key) && line.substring(key.length()).matches("\\s*[=:\\s].*|$")) {
                    return i + 1;
                }
            }
            return 0;
        }
    }
}
