package cymru.croeso.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code ./croeso cli} dispatcher: picks the command, maps the outcome to the documented exit codes
 * (0 done, 1 user error with a one-line message, 2 internal error with the log's path).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;

    private final Map<String, CliCommand> commands = new LinkedHashMap<>();
    private final String version;
    private final Path logFile;

    public Cli(String version, Path logFile, List<CliCommand> commands) {
        this.version = version;
        this.logFile = logFile;
        for (CliCommand c : commands) {
            this.commands.put(c.name(), c);
        }
    }

    /** The commands every installation has. */
    public static List<CliCommand> standardCommands() {
        return List.of(new PyramidCommand(), new ProjectCommand(), new ImportCommand(), new RunsCommand(),
                new SampleCommand(), new DemandCommand(), new CompareCommand(), new UncertaintyCommand(), new SolveCommand(),
                new ExportCommand(), new CostsCommand());
    }

    public int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> words = Arrays.asList(argv);
        if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("-h") || words.get(0).equals("help")) {
            out.print(help());
            return OK;
        }
        if (words.get(0).equals("--version")) {
            out.println("Croeso " + version);
            return OK;
        }
        CliCommand command = commands.get(words.get(0));
        if (command == null) {
            err.println(CliMessages.format("cli.unknownCommand", words.get(0)));
            return USER_ERROR;
        }
        List<String> rest = words.subList(1, words.size());
        if (rest.contains("--help")) {
            out.println(command.usage());
            return OK;
        }
        try {
            return command.run(new Args(rest, Set.of()), out);
        } catch (UserError e) {
            err.println(CliMessages.format("cli.error", e.getMessage()));
            return USER_ERROR;
        } catch (Exception | Error e) {
            err.println(CliMessages.format("cli.internalError", String.valueOf(e), log(command.name(), words, e)));
            return INTERNAL_ERROR;
        }
    }

    String help() {
        StringBuilder b = new StringBuilder(CliMessages.get("cli.help.header")).append(System.lineSeparator());
        for (CliCommand c : commands.values()) {
            b.append("  ").append(c.usage()).append(System.lineSeparator());
        }
        b.append(CliMessages.get("cli.help.footer")).append(System.lineSeparator());
        return b.toString();
    }

    private Path log(String command, List<String> words, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String entry = LocalDateTime.now() + " croeso cli " + String.join(" ", words) + System.lineSeparator()
                + trace + System.lineSeparator();
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ioe) {
            // the log cannot be written: the stack trace still reaches the user on stderr
            e.printStackTrace();
        }
        return logFile;
    }
}
