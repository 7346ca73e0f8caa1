package cymru.croeso.ui.chart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.xy.XYDataset;

import cymru.croeso.export.chart.GroupKey;

/**
 * A copy of a chart for writing to a file off the UI thread: deep, so that a slider moving the on-screen chart
 * meanwhile cannot change the file half-drawn; with the screen's key turned back into the board pack's
 * {@link GroupKey} under the plot (the screen key measures its names with SWT fonts, on the UI thread only), and
 * smoothed lines as in the board pack's files.
 *
 * <p>XY charts (all the workbench draws) are copied with JFreeChart's own {@code clone}, their datasets cloned too
 * where they allow it: a few milliseconds. Anything else goes through serialisation, which every JFreeChart part
 * supports but whose first use costs a few hundred milliseconds of reflection on the UI thread.
 */
final class ChartSnapshot {

    private ChartSnapshot() {
    }

    static JFreeChart forFile(JFreeChart chart) {
        JFreeChart copy = copy(chart);
        copy.setNotify(false);
        for (int i = 0; i < copy.getSubtitleCount(); i++) {
            if (copy.getSubtitle(i) instanceof ScreenKey key) {
                copy.removeSubtitle(key);
                copy.addSubtitle(i, new GroupKey(key.names(), key.paints(), key.font()));
            }
        }
        copy.setAntiAlias(true);
        copy.setTextAntiAlias(true);
        return copy;
    }

    static JFreeChart copy(JFreeChart chart) {
        List<XYPlot> plots = xyPlots(chart.getPlot());
        if (plots != null) {
            try {
                JFreeChart copy = (JFreeChart) chart.clone();
                for (XYPlot plot : xyPlots(copy.getPlot())) {
                    ownDatasets(plot);
                }
                return copy;
            } catch (CloneNotSupportedException e) {
                // a part that cannot be cloned: serialisation copies it
            }
        }
        return serialised(chart);
    }

    /** The XY plots of a chart (its plot, or a combined plot's panels), or null for any other kind of plot. */
    private static List<XYPlot> xyPlots(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            return combined.getSubplots();
        }
        return plot instanceof XYPlot xy ? List.of(xy) : null;
    }

    /**
     * Gives a cloned plot copies of its datasets (a clone shares them), and where a dataset cannot be copied stops
     * the plot listening to it, so that the copy neither changes with the screen's chart nor keeps it alive.
     */
    private static void ownDatasets(XYPlot plot) throws CloneNotSupportedException {
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            XYDataset data = plot.getDataset(i);
            if (data instanceof PublicCloneable cloneable) {
                plot.setDataset(i, (XYDataset) cloneable.clone());
            } else if (data != null) {
                data.removeChangeListener(plot);
            }
        }
    }

    private static JFreeChart serialised(JFreeChart chart) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(chart);
            }
            try (ObjectInputStream in = new BundleObjectInput(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (JFreeChart) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the chart could not be copied for export: " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the chart could not be copied for export: " + e.getMessage(), e);
        }
    }

    /**
     * Finds a chart's classes in the bundles that define them: JFreeChart's own (its renderers, datasets), the
     * export bundle's (chart builders' keys and tooltips), then this bundle's.
     */
    private static final class BundleObjectInput extends ObjectInputStream {
        private static final ClassLoader[] LOADERS = { JFreeChart.class.getClassLoader(), GroupKey.class.getClassLoader(),
            ChartSnapshot.class.getClassLoader() };

        BundleObjectInput(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            for (ClassLoader loader : LOADERS) {
                try {
                    return Class.forName(desc.getName(), false, loader);
                } catch (ClassNotFoundException e) {
                    // the next bundle may have it
                }
            }
            return super.resolveClass(desc);
        }
    }
}
