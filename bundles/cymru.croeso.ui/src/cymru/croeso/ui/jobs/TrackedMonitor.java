package cymru.croeso.ui.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * The monitor a {@link LongWork} hands its work: it passes everything on to the job's own monitor (which holds the
 * cancel flag) and remembers the task, the step and how much is done, for the progress line to read from the UI
 * thread.
 */
final class TrackedMonitor extends ProgressMonitorWrapper {
    private volatile String task = "";
    private volatile String step = "";
    private volatile int total = IProgressMonitor.UNKNOWN;
    private volatile double worked;

    TrackedMonitor(IProgressMonitor monitor) {
        super(monitor);
    }

    @Override
    public void beginTask(String name, int totalWork) {
        super.beginTask(name, totalWork);
        task = name == null ? "" : name;
        total = totalWork;
        worked = 0;
    }

    @Override
    public void setTaskName(String name) {
        super.setTaskName(name);
        task = name == null ? "" : name;
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        step = name == null ? "" : name;
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void internalWorked(double work) {
        super.internalWorked(work);
        worked += work;
    }

    String task() {
        return task;
    }

    String step() {
        return step;
    }

    /** How much is done, from 0 to 1, or -1 when the work has not said how much there is. */
    double fractionDone() {
        int t = total;
        return t <= 0 ? -1 : Math.min(1, worked / t);
    }
}
