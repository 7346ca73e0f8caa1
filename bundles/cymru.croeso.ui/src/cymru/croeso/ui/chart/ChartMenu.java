package cymru.croeso.ui.chart;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import cymru.croeso.export.chart.ChartFormat;
import cymru.croeso.ui.Messages;

/**
 * A chart canvas's context menu: export the chart as PNG, SVG or PDF (the board pack's chart files: 170 mm wide,
 * PNG at 300 dpi) and copy it to the clipboard as the image on screen.
 */
public final class ChartMenu {
    private final ChartCanvas canvas;
    private final ChartExport export;
    private Job lastJob;

    ChartMenu(ChartCanvas canvas) {
        this.canvas = canvas;
        this.export = new ChartExport(canvas);
        Menu menu = new Menu(canvas);
        for (ChartFormat format : ChartFormat.values()) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(Messages.get("chart.export." + format.extension()));
            item.setData(format);
            item.addListener(SWT.Selection, e -> export(format));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem copy = new MenuItem(menu, SWT.PUSH);
        copy.setText(Messages.get("chart.copy") + "\tCtrl+C");
        copy.addListener(SWT.Selection, e -> copy());
        // nothing to export before the chart is there (a part still calculating)
        menu.addListener(SWT.Show, e -> {
            for (MenuItem item : menu.getItems()) {
                item.setEnabled(canvas.getChart() != null);
            }
        });
        canvas.setMenu(menu);
    }

    /**
     * Asks for a file and writes the chart to it in a background job.
     *
     * @return the job writing the file, or null when there was no chart or the user chose no file
     */
    public Job export(ChartFormat format) {
        lastJob = export.ask(format);
        return lastJob;
    }

    /** The job of the last export started from this menu, or null. */
    public Job lastJob() {
        return lastJob;
    }

    /** Copies the chart as drawn on screen, at the canvas's size, to the clipboard. */
    public void copy() {
        ChartClipboard.copy(canvas);
    }

    /** How the export chooses its file: a file dialog unless a test puts something else in. */
    public void setFileChooser(ChartFileChooser chooser) {
        export.setChooser(chooser);
    }
}
