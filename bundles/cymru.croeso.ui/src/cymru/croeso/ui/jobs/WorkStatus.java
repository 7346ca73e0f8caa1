package cymru.croeso.ui.jobs;

import java.nio.file.Path;

/**
 * What the progress line says when a piece of long work has finished: a sentence, and the file it made (which the
 * line offers to open), or an error.
 *
 * @param text  the sentence, in the user's language; with a file, its start ("Board pack saved:"), which the line
 *              follows with the file's name and folder
 * @param file  the file the work wrote, or null
 * @param error whether the work failed
 */
public record WorkStatus(String text, Path file, boolean error) {

    public static WorkStatus of(String text) {
        return new WorkStatus(text, null, false);
    }

    public static WorkStatus wrote(String text, Path file) {
        return new WorkStatus(text, file, false);
    }

    public static WorkStatus failed(String text) {
        return new WorkStatus(text, null, true);
    }
}
