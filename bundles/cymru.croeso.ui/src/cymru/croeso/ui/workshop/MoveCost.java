package cymru.croeso.ui.workshop;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What the last slider move cost the UI thread before any chart was painted, phase by phase, in wall-clock and in
 * the UI thread's own CPU nanoseconds (the CPU figures hardly change when other processes load the machine): for the
 * workshop's latency report.
 *
 * @param computeNanos    projecting the area and its ESOL demand
 * @param computeCpuNanos the same, CPU time of the UI thread
 * @param datasetNanos    putting the result into the charts' datasets, titles and axes
 * @param datasetCpuNanos the same, CPU time of the UI thread
 */
public record MoveCost(long computeNanos, long computeCpuNanos, long datasetNanos, long datasetCpuNanos) {
    static final MoveCost NONE = new MoveCost(0, 0, 0, 0);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The calling thread's CPU time in nanoseconds (0 where the JVM cannot measure it). */
    public static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
