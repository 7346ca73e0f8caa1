package cymru.croeso.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import cymru.croeso.data.store.CroesoDatabase;
import cymru.croeso.data.store.StatisticalTables;
import cymru.croeso.data.store.StoreException;
import cymru.croeso.data.store.StoredTable;
import cymru.croeso.data.store.TableImport;
import cymru.croeso.data.table.TableFormatException;
import cymru.croeso.data.table.TableNumbers;

/**
 * {@code import --table NAME --file F [--db URL]}: checks a whole table file, shows the layout found, and stores it in
 * one transaction (nothing is written if any cell is wrong).
 */
public final class ImportCommand implements CliCommand {
    /** H2's SQLSTATE for a unique-key violation. */
    private static final String DUPLICATE_KEY = "23505";

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return DataCliMessages.get("import.usage");
    }

    @Override
    public int run(Args args, PrintStream out) throws IOException, SQLException {
        args.allowOnly(Set.of("table", "file", "db", "if-exists", "write"));
        String name = args.required("table");
        Path file = args.requiredPath("file");
        boolean replace = choice(args, "if-exists", List.of("fail", "replace")).equals("replace");
        boolean write = choice(args, "write", List.of("yes", "no")).equals("yes");
        try {
            StatisticalTables.checkName(name);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError(DataCliMessages.format("import.noFile", file));
        }
        long t0 = System.nanoTime();
        TableImport.Preview preview;
        try {
            preview = TableImport.preview(file);
        } catch (TableFormatException e) {
            throw new UserError(DataCliMessages.format("import.fileProblems", e.getMessage()), e);
        }
        out.println(preview.table().describe());
        if (!write) {
            out.println(DataCliMessages.get("import.notWritten"));
            return Cli.OK;
        }
        try (CroesoDatabase db = open(args)) {
            StoredTable t = new TableImport(db).store(name, preview, replace);
            out.println(DataCliMessages.format("import.done", t.name(), t.rowCount(), TableNumbers.format(t.total()),
                    db.url(), (System.nanoTime() - t0) / 1_000_000));
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                throw new UserError(DataCliMessages.format("db.takenMeanwhile", name), e);
            }
            throw e;
        }
        return Cli.OK;
    }

    /** Opens {@code --db}, or the user's own database under {@code ~/.croeso}; a URL that fails is the user's to fix. */
    static CroesoDatabase open(Args args) {
        String url = args.optional("db", CroesoDatabase.defaultUrl());
        try {
            return CroesoDatabase.open(url);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        } catch (SQLException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new UserError(DataCliMessages.format("db.cannotOpen", url, first), e);
        }
    }

    private static String choice(Args args, String option, List<String> allowed) {
        String value = args.optional(option, allowed.get(0));
        if (!allowed.contains(value)) {
            throw new UserError(DataCliMessages.format("import.choice", option, String.join("|", allowed), value));
        }
        return value;
    }
}
