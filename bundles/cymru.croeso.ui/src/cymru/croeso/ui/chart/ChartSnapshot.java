package cymru.croeso.ui.chart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;

import org.jfree.chart.JFreeChart;

import cymru.croeso.export.chart.GroupKey;

/**
 * A copy of a chart for writing to a file off the UI thread: deep (through serialisation, which every JFreeChart
 * part supports), so that a slider moving the on-screen chart meanwhile cannot change the file half-drawn; with the
 * screen's key turned back into the board pack's {@link GroupKey} under the plot (the screen key measures its
 * names with SWT fonts, on the UI thread only), and smoothed lines as in the board pack's files.
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
