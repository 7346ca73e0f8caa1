package cymru.croeso.data.indicators;

import java.util.List;

/**
 * A survey question the framework suggests for an indicator, with its answer options as listed there (none for an
 * open question such as "How many people usually live in your household?").
 */
public record SurveyQuestion(String text, List<String> options) {

    public SurveyQuestion {
        options = List.copyOf(options);
    }
}
