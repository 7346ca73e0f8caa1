package cymru.croeso.ui.analysis;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import cymru.croeso.core.analysis.FanCancelled;

/**
 * Works out a chart's numbers in a background job and hands them to the UI thread, so that projecting scenarios
 * never holds the window still. Starting again cancels the job before and drops whatever it would still deliver;
 * nothing is delivered once the owning widget is gone.
 */
final class Computation {
    private static final String BUNDLE = "cymru.croeso.ui";

    /** The work done off the UI thread; it should check {@code monitor.isCanceled()} where it can. */
    @FunctionalInterface
    interface Work<T> {
        T compute(IProgressMonitor monitor) throws Exception;
    }

    /** What the UI thread is told. */
    interface Outcome<T> {
        void done(T result);

        void failed(String reason);

        /** The job was stopped before it finished (by {@link #cancel} or a newer start). */
        default void cancelled() {
        }
    }

    private final Control owner;
    private final Display display;
    private Job job;
    private long generation;

    Computation(Control owner) {
        this.owner = owner;
        this.display = owner.getDisplay();
    }

    <T> Job start(String name, Work<T> work, Outcome<T> outcome) {
        if (job != null) {
            job.cancel();
        }
        long mine = ++generation;
        Job started = Job.create(name, monitor -> {
            try {
                T result = work.compute(monitor);
                if (monitor.isCanceled()) {
                    deliver(mine, o -> outcome.cancelled());
                    return Status.CANCEL_STATUS;
                }
                deliver(mine, o -> outcome.done(result));
                return Status.OK_STATUS;
            } catch (FanCancelled | OperationCanceledException e) {
                deliver(mine, o -> outcome.cancelled());
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                deliver(mine, o -> outcome.failed(reason));
                return new Status(IStatus.ERROR, BUNDLE, reason, e);
            }
        });
        job = started;
        started.schedule();
        return started;
    }

    /** Stops the running job, if any; its outcome is then {@link Outcome#cancelled()}. */
    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** The job most recently started, or null. */
    Job job() {
        return job;
    }

    /** Forgets the running job's result without telling anyone (the widget is going). */
    void dispose() {
        generation++;
        cancel();
    }

    private void deliver(long from, Consumer<Object> action) {
        try {
            display.asyncExec(() -> {
                if (!owner.isDisposed() && from == generation) {
                    action.accept(null);
                }
            });
        } catch (SWTException e) {
            // the workbench closed while the job ran: nobody is left to tell
        }
    }
}
