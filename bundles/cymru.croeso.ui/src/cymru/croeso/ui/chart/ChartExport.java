package cymru.croeso.ui.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;

import cymru.croeso.export.chart.ChartFiles;
import cymru.croeso.export.chart.ChartFormat;
import cymru.croeso.ui.Messages;

/**
 * Exports a canvas's chart to a file the user chooses, through the board pack's {@link ChartFiles} so that the
 * figure matches the board pack's. The chart is copied on the UI thread (cheap) and written by a job, since a
 * 300 dpi PNG takes longer to draw than the UI thread may be held.
 */
final class ChartExport {
    private static final String BUNDLE = "cymru.croeso.ui";

    private final ChartCanvas canvas;
    private ChartFileChooser chooser = ChartExport::askUser;
    /**
     * The folder of this session's last export, offered again instead of the preference's folder until the
     * preference changes (then the new preference wins); UI thread only.
     */
    private static Path lastFolder;
    /** The preference's folder when {@link #lastFolder} was chosen. */
    private static Path lastPreference;

    ChartExport(ChartCanvas canvas) {
        this.canvas = canvas;
    }

    void setChooser(ChartFileChooser chooser) {
        this.chooser = chooser;
    }

    Job ask(ChartFormat format) {
        JFreeChart chart = canvas.getChart();
        if (chart == null) {
            return null;
        }
        Path preferred = PartSettings.of(canvas).exportFolder();
        Path folder = lastFolder != null && preferred.equals(lastPreference) ? lastFolder : preferred;
        Path file = chooser.choose(canvas.getShell(), format, folder, suggestedName(chart, format));
        if (file == null) {
            return null;
        }
        Path withExtension = withExtension(file, format);
        lastFolder = withExtension.toAbsolutePath().getParent();
        lastPreference = preferred;
        JFreeChart copy = ChartSnapshot.forFile(chart);
        Display display = canvas.getDisplay();
        Shell shell = canvas.getShell();
        Job job = Job.create(Messages.format("chart.exportJob", withExtension.getFileName()), monitor -> {
            try {
                Path parent = withExtension.toAbsolutePath().getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    throw new IOException(Messages.format("chart.noFolder", parent));
                }
                ChartFiles.write(copy, format, withExtension);
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                display.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        MessageDialog.openError(shell, Messages.get("chart.exportFailedTitle"),
                                Messages.format("chart.exportFailed", withExtension, reason));
                    }
                });
                return new Status(IStatus.ERROR, BUNDLE, reason, e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** A file name from the chart's title: "Cardiff: principal, schools" gives cardiff-principal-schools.png. */
    static String suggestedName(JFreeChart chart, ChartFormat format) {
        String title = chart.getTitle() == null ? "" : chart.getTitle().getText();
        String name = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return (name.isEmpty() ? "chart" : name) + "." + format.extension();
    }

    /** The file with the format's extension, added when the user typed a name without it. */
    static Path withExtension(Path file, ChartFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? file
                : file.resolveSibling(name + "." + format.extension());
    }

    private static Path askUser(Shell shell, ChartFormat format, Path folder, String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.format("chart.exportTitle", format.name()));
        dialog.setFilterPath(folder.toString());
        dialog.setFileName(suggestedName);
        dialog.setFilterExtensions(new String[] { "*." + format.extension() });
        dialog.setFilterNames(new String[] { Messages.get("chart.filter." + format.extension()) });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }
}
