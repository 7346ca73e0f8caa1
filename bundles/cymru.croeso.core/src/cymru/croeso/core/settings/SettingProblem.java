package cymru.croeso.core.settings;

/**
 * One thing wrong with a setting: which setting (its key in the settings file, e.g. {@code database.url}) and a
 * message in the user's language that says what is wrong and how to put it right.
 */
public record SettingProblem(String setting, String message) {
}
