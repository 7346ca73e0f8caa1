package cymru.croeso.ui.jobs;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

import cymru.croeso.ui.Messages;

/**
 * Work that takes longer than a user should wait for with the window frozen (a board pack, an import, a stochastic
 * run): an Eclipse {@link Job} off the UI thread, shown with its progress and a Cancel button in the window's
 * {@link ProgressLine}, with what to do on the UI thread when it is done.
 *
 * <pre>
 * LongWork.of(Messages.get("fan.job"), monitor -&gt; uncertainty.run(draws, BasicMonitor.toMonitor(monitor)))
 *         .whenDone(fan -&gt; canvas.setChart(FanChart.of(fan)))
 *         .start();
 * </pre>
 *
 * The work should call {@code monitor.beginTask}, {@code subTask} and {@code worked} as it goes and return early (or
 * throw {@link OperationCanceledException}) once {@code monitor.isCanceled()}; it must not touch widgets or the
 * session's model (give it a copy). A failure is shown to the user in a message box with the exception's message.
 *
 * @param <T> what the work produces
 */
public final class LongWork<T> extends Job {
    /** Every piece of Croeso's long work belongs to this family ({@code Job.getJobManager().find(LongWork.FAMILY)}). */
    public static final Object FAMILY = LongWork.class;

    /** Where a piece of work has got to. */
    public enum Outcome {
        WAITING, DONE, CANCELLED, FAILED
    }

    /** The work itself, run off the UI thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(IProgressMonitor monitor) throws Exception;
    }

    private final Work<T> work;
    private final Display display;
    private Object family;
    private Consumer<? super T> whenDone = result -> {
    };
    private Function<? super T, WorkStatus> report;
    private volatile TrackedMonitor monitor;
    private volatile Outcome outcome = Outcome.WAITING;
    private volatile WorkStatus status;

    private LongWork(String name, Work<T> work, Display display) {
        super(name);
        this.work = work;
        this.display = display;
        report = result -> WorkStatus.of(Messages.format("jobs.done", name));
        setUser(true);
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // cancelled before it began: run() never ran to say so
                if (outcome == Outcome.WAITING) {
                    cancelled();
                }
            }
        });
    }

    /** Long work called {@code name} (the progress line shows it); call on the UI thread, then {@link #start()}. */
    public static <T> LongWork<T> of(String name, Work<T> work) {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("long work is started from the UI thread");
        }
        return new LongWork<>(name, work, display);
    }

    /** What to do with the result, on the UI thread, when the work has finished (not when it was cancelled). */
    public LongWork<T> whenDone(Consumer<? super T> onUiThread) {
        whenDone = onUiThread;
        return this;
    }

    /** What the progress line says when the work has finished; by default "name: done". Called off the UI thread. */
    public LongWork<T> reporting(Function<? super T, WorkStatus> statusOfResult) {
        report = statusOfResult;
        return this;
    }

    /** Puts the work in a family of its own too, e.g. so a command can refuse to start a second board pack. */
    public LongWork<T> inFamily(Object ownFamily) {
        family = ownFamily;
        return this;
    }

    /** Schedules the work and returns it. */
    public LongWork<T> start() {
        schedule();
        return this;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** What the progress line shows once the work has finished, or null before. */
    public WorkStatus finishedStatus() {
        return status;
    }

    /** The task the work reported, or its name before it has begun. */
    String task() {
        TrackedMonitor m = monitor;
        return m == null || m.task().isEmpty() ? getName() : m.task();
    }

    String step() {
        TrackedMonitor m = monitor;
        return m == null ? "" : m.step();
    }

    double fractionDone() {
        TrackedMonitor m = monitor;
        return m == null ? 0 : m.fractionDone();
    }

    @Override
    public boolean belongsTo(Object candidate) {
        return candidate == FAMILY || candidate != null && candidate == family;
    }

    @Override
    protected IStatus run(IProgressMonitor jobMonitor) {
        TrackedMonitor tracked = new TrackedMonitor(jobMonitor);
        monitor = tracked;
        try {
            T result = work.run(tracked);
            if (jobMonitor.isCanceled()) {
                return cancelled();
            }
            // the status is in place before the job is reported done, so the progress line never shows a stale one
            status = report.apply(result);
            outcome = Outcome.DONE;
            display.asyncExec(() -> whenDone.accept(result));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return cancelled();
        } catch (Exception | LinkageError | AssertionError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            status = WorkStatus.failed(Messages.format("jobs.failed", getName(), message));
            outcome = Outcome.FAILED;
            display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), getName(), message));
            return Status.error(getName() + ": " + message, e);
        }
    }

    private IStatus cancelled() {
        status = WorkStatus.of(Messages.format("jobs.cancelled", getName()));
        outcome = Outcome.CANCELLED;
        return Status.CANCEL_STATUS;
    }
}
