package cymru.croeso.core.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.testing.EnglishLocale;

/** Runs the CLI in-process, in English unless a test says otherwise, with its output captured. */
@ExtendWith(EnglishLocale.class)
abstract class CliTestBase {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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
