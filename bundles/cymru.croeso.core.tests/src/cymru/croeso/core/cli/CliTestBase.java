package cymru.croeso.core.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI in-process, in English unless a test says otherwise, with its output captured. */
abstract class CliTestBase {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    int cli(List<CliCommand> commands, String... argv) {
        return new Cli("9.9", dir.resolve("logs/cli.log"), commands).run(argv,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void clearOutput() {
        out.reset();
        err.reset();
    }
}
