package cymru.croeso.data.sample;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The names the sample project gives what a planner sees of it (its scenarios, migration schedules, the household
 * projections' wording, its description), in the language the sample is made in. They become the project's own data:
 * a later switch of language leaves them as they are, like any name a planner types; ids never change with language.
 */
final class SampleWords {
    private final ResourceBundle words;

    SampleWords(Locale locale) {
        // no fallback to the default locale: a sample asked for in English on a Welsh desktop stays English
        words = ResourceBundle.getBundle("cymru.croeso.data.sample.sample", locale, SampleWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return words.getString(key);
    }
}
