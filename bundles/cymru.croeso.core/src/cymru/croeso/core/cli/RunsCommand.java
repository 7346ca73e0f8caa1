package cymru.croeso.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import cymru.croeso.data.store.CroesoDatabase;
import cymru.croeso.data.store.ProjectionRunRecord;
import cymru.croeso.data.store.RunHistory;

/** {@code runs list|show ID|delete ID [--db URL]}: the stored projection runs, headlessly. */
public final class RunsCommand implements CliCommand {

    @Override
    public String name() {
        return "runs";
    }

    @Override
    public String usage() {
        return DataCliMessages.get("runs.usage");
    }

    @Override
    public int run(Args args, PrintStream out) throws IOException, SQLException {
        args.allowOnly(Set.of("db", "out"));
        List<String> words = args.positional();
        if (words.isEmpty()) {
            throw new UserError(DataCliMessages.get("runs.noAction"));
        }
        String action = words.get(0);
        if (!Set.of("list", "show", "delete").contains(action) || (action.equals("list") != (words.size() == 1))
                || words.size() > 2) {
            throw new UserError(DataCliMessages.get("runs.noAction"));
        }
        try (CroesoDatabase db = ImportCommand.open(args)) {
            RunHistory runs = new RunHistory(db);
            switch (action) {
                case "list" -> list(runs, db, out);
                case "show" -> show(runs, id(words.get(1)), args, out);
                default -> delete(runs, id(words.get(1)), out);
            }
        }
        return Cli.OK;
    }

    private static void list(RunHistory runs, CroesoDatabase db, PrintStream out) throws SQLException {
        List<ProjectionRunRecord> all = runs.list();
        if (all.isEmpty()) {
            out.println(DataCliMessages.format("runs.none", db.url()));
            return;
        }
        out.println(DataCliMessages.get("runs.header"));
        for (ProjectionRunRecord r : all) {
            out.println(DataCliMessages.format("runs.row", Long.toString(r.id()), r.scenarioId(), r.runAt().toString(),
                    Long.toString(r.outputsSize()), r.label(), r.fingerprint()));
        }
    }

    private static void show(RunHistory runs, long id, Args args, PrintStream out) throws SQLException, IOException {
        ProjectionRunRecord r = runs.find(id).orElseThrow(() -> new UserError(DataCliMessages.format("runs.unknown",
                Long.toString(id))));
        out.println(DataCliMessages.format("runs.show", Long.toString(r.id()), r.scenarioId(), r.runAt().toString(),
                r.label(), r.fingerprint(), Long.toString(r.outputsSize())));
        if (args.has("out")) {
            Path file = args.requiredPath("out");
            byte[] outputs = runs.outputs(id);
            Files.write(file, outputs);
            out.println(DataCliMessages.format("runs.saved", Long.toString(id), file, Integer.toString(outputs.length)));
        }
    }

    private static void delete(RunHistory runs, long id, PrintStream out) throws SQLException {
        if (!runs.delete(id)) {
            throw new UserError(DataCliMessages.format("runs.unknown", Long.toString(id)));
        }
        out.println(DataCliMessages.format("runs.deleted", Long.toString(id)));
    }

    private static long id(String word) {
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw new UserError(DataCliMessages.format("runs.badId", word));
        }
    }
}
