package cymru.croeso.core.cli;

import java.io.PrintStream;

/** One sub-command of {@code ./croeso cli}: parses its own arguments and does its work headlessly. */
public interface CliCommand {

    /** The word that selects this command, e.g. {@code pyramid}. */
    String name();

    /** One line for {@code --help}: the usage, then what it does. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the exit code, normally 0
     * @throws UserError for anything the user can fix (bad option, unreadable or invalid file); exit code 1
     */
    int run(Args args, PrintStream out) throws Exception;
}
