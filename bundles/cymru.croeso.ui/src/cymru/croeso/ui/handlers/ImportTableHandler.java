package cymru.croeso.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import cymru.croeso.core.settings.UserSettings;
import cymru.croeso.data.store.CroesoDatabase;
import cymru.croeso.data.store.StatisticalTables;
import cymru.croeso.data.store.StoreException;
import cymru.croeso.data.store.StoredTable;
import cymru.croeso.data.store.TableImport;
import cymru.croeso.data.table.TableFormatException;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.jobs.LongWork;
import cymru.croeso.ui.jobs.WorkStatus;

/**
 * File › Import table: a Nomis, ONS/GLA or StatsWales table (CSV, TSV or .xlsx) read, checked and stored under a name
 * in the database of the user's settings, as long work, all or nothing, as {@code cli import} does. A file with
 * mistakes is refused with each one's row and column, and nothing is written.
 */
public class ImportTableHandler {
    /** Import work, e.g. for tests to wait on. */
    public static final Object FAMILY = ImportTableHandler.class;

    @Execute
    public void execute(Shell shell, @Optional UserSettings settings) {
        FileDialog files = new FileDialog(shell, SWT.OPEN);
        files.setText(Messages.get("import.chooseFile"));
        files.setFilterExtensions(new String[] { "*.csv;*.tsv;*.txt;*.xlsx", "*" });
        files.setFilterNames(new String[] { Messages.get("import.tableFiles"), Messages.get("import.allFiles") });
        String chosen = files.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        InputDialog name = new InputDialog(shell, Messages.get("import.title"), Messages.get("import.namePrompt"),
                suggestedName(file), ImportTableHandler::nameProblem) {
            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                super.createButtonsForButtonBar(parent);
                // JFace's OK and Cancel are English in every language we ship
                getButton(IDialogConstants.OK_ID).setText(Messages.get("prefs.ok"));
                getButton(IDialogConstants.CANCEL_ID).setText(Messages.get("prefs.cancel"));
            }
        };
        if (name.open() == Window.OK) {
            start(file, name.getValue().trim(), settings != null ? settings : UserSettings.defaults());
        }
    }

    /** Starts importing {@code file} as table {@code name} into the settings' database and returns the work. */
    public static LongWork<StoredTable> start(Path file, String name, UserSettings settings) {
        String title = Messages.format("import.job", name);
        return LongWork.of(title, monitor -> {
            monitor.beginTask(title, 2);
            monitor.subTask(Messages.format("import.reading", file.getFileName()));
            TableImport.Preview preview;
            try {
                preview = TableImport.preview(file);
            } catch (TableFormatException e) {
                throw new IOException(Messages.format("import.fileProblems", e.getMessage()), e);
            }
            monitor.worked(1);
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            // past this point the import is one transaction: it completes, or the database is left as it was
            monitor.subTask(Messages.format("import.writing", settings.databaseUrl()));
            try (CroesoDatabase db = open(settings.databaseUrl())) {
                StoredTable stored = new TableImport(db).store(name, preview, false);
                monitor.worked(1);
                return stored;
            }
        }).inFamily(FAMILY).reporting(t -> WorkStatus.of(Messages.format("import.done", t.name(),
                Integer.toString(t.rowCount()), t.total()))).start();
    }

    private static CroesoDatabase open(String url) throws IOException {
        try {
            return CroesoDatabase.open(url);
        } catch (SQLException | StoreException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new IOException(Messages.format("import.cannotOpen", url, first), e);
        }
    }

    /** A table name from a file's name: "NM_2002_1 mye2011.csv" becomes "nm_2002_1-mye2011". */
    static String suggestedName(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        String name = base.replaceAll("[^a-z0-9_-]+", "-").replaceFirst("^[^a-z]+", "");
        name = name.length() > 64 ? name.substring(0, 64) : name;
        return name.isEmpty() ? "table" : name;
    }

    /** Why a name cannot be used (for the name dialog), or null. */
    static String nameProblem(String name) {
        try {
            StatisticalTables.checkName(name.trim());
            return null;
        } catch (StoreException e) {
            return Messages.format("import.badName", name.trim());
        }
    }
}
