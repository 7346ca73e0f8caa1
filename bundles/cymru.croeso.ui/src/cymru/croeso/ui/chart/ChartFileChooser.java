package cymru.croeso.ui.chart;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;

import cymru.croeso.export.chart.ChartFormat;

/** Chooses the file a chart is exported to: a file dialog in the workbench, a fixed path in a test. */
@FunctionalInterface
public interface ChartFileChooser {

    /**
     * @param folder        the folder to offer first
     * @param suggestedName a file name made from the chart's title, with the format's extension
     * @return the file, or null when the user cancels
     */
    Path choose(Shell shell, ChartFormat format, Path folder, String suggestedName);
}
