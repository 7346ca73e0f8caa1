package cymru.croeso.core.project;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The timer that asks a session for a recovery copy every few minutes, on one daemon thread per open project. */
final class Autosave {

    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    /** One autosave: writes the recovery copy if there is unsaved work. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    private final ScheduledExecutorService timer;

    private Autosave(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Runs {@code task} every {@code interval}, or never when the interval is zero. */
    static Autosave every(Duration interval, String projectName, Task task) {
        if (interval.isZero()) {
            return new Autosave(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "Croeso autosave: " + projectName);
            thread.setDaemon(true); // a pending autosave must never keep Croeso from exiting
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (Exception | LinkageError e) {
                // The next run tries again; an exception here would cancel the schedule for good.
                LOG.log(Level.WARNING, "Autosave of " + projectName + " failed", e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return new Autosave(timer);
    }

    /** No further runs; one already writing finishes (without interruption, which would close its file channel). */
    void stop() {
        if (timer != null) {
            timer.shutdown();
        }
    }
}
