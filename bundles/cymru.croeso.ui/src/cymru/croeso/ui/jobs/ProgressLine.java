package cymru.croeso.ui.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.ILocaleChangeService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;

import cymru.croeso.ui.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status line along the bottom of the main window: while {@link LongWork} runs, its task, its current step, a
 * progress bar and Cancel; afterwards what it did (with links to open the file it wrote and its folder), until the
 * next piece of work starts. It reads the work's progress ten times a second rather than being told of every step,
 * so that busy work never floods the UI thread.
 */
public class ProgressLine {
    /** How often the line reads the running work's progress: 10 a second is smooth and costs the UI thread nothing. */
    private static final int TICK_MILLIS = 100;

    private Display display;
    private Composite line;
    private Link text;
    private ProgressBar bar;
    private Button cancel;
    private final List<LongWork<?>> running = new ArrayList<>();
    /** Work the user has cancelled that has not stopped yet (it stops at its next step). */
    private final List<LongWork<?>> cancelling = new ArrayList<>();
    private LongWork<?> shown;
    private boolean ticking;

    private final IJobChangeListener jobs = new JobChangeAdapter() {
        @Override
        public void scheduled(IJobChangeEvent event) {
            if (event.getJob() instanceof LongWork<?> work) {
                display.asyncExec(() -> started(work));
            }
        }

        @Override
        public void done(IJobChangeEvent event) {
            if (event.getJob() instanceof LongWork<?> work) {
                display.asyncExec(() -> finished(work));
            }
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        display = parent.getDisplay();
        line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        // the trim bar gives a stretched control 4 px less height than it asks for (TrimBarLayout, Eclipse bug 389941)
        layout.marginBottom = 4;
        layout.marginWidth = 6;
        line.setLayout(layout);
        text = new Link(line, SWT.NONE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Selection, e -> open(e.text));
        bar = new ProgressBar(line, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData barData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        barData.widthHint = 180;
        bar.setLayoutData(barData);
        bar.setMaximum(1000);
        cancel = new Button(line, SWT.PUSH);
        cancel.setText(Messages.get("jobs.cancel"));
        cancel.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        cancel.addListener(SWT.Selection, e -> {
            if (shown != null) {
                cancelling.add(shown);
                shown.cancel();
                tick();
            }
        });
        showRunning(false);
        Job.getJobManager().addJobChangeListener(jobs);
        // work started before the line existed (rare: at start-up) is shown too
        for (Job job : Job.getJobManager().find(LongWork.FAMILY)) {
            started((LongWork<?>) job);
        }
    }

    /** After a switch between English and Welsh: the button's word in the new language. */
    @Inject
    @Optional
    public void languageChanged(@UIEventTopic(ILocaleChangeService.LOCALE_CHANGE) Locale locale) {
        if (cancel != null && !cancel.isDisposed()) {
            cancel.setText(Messages.get("jobs.cancel"));
            line.layout();
        }
    }

    private void started(LongWork<?> work) {
        if (line.isDisposed() || running.contains(work) || work.getState() == Job.NONE) {
            return;
        }
        running.add(work);
        shown = work;
        showRunning(true);
        tick();
    }

    private void finished(LongWork<?> work) {
        if (line.isDisposed()) {
            return;
        }
        running.remove(work);
        cancelling.remove(work);
        if (running.isEmpty()) {
            shown = null;
            showRunning(false);
            show(work.finishedStatus());
        } else {
            shown = running.get(running.size() - 1);
            tick();
        }
    }

    /** Reads the shown work's progress, and again in {@value #TICK_MILLIS} ms while any work runs. */
    private void tick() {
        if (line.isDisposed() || shown == null) {
            ticking = false;
            return;
        }
        String step = shown.step();
        String more = running.size() > 1 ? " " + Messages.format("jobs.more", running.size() - 1) : "";
        String words = escape(cancelling.contains(shown) ? Messages.format("jobs.cancelling", shown.task()) + more
                : step.isEmpty() ? shown.task() + more : shown.task() + ": " + step + more);
        cancel.setEnabled(!cancelling.contains(shown));
        // only what changed: measuring text is the one thing here that costs the UI thread anything
        if (!words.equals(text.getText())) {
            text.setText(words);
            line.layout();
        }
        double done = shown.fractionDone();
        int selection = done < 0 ? 0 : (int) Math.round(done * bar.getMaximum());
        if (selection != bar.getSelection()) {
            bar.setSelection(selection);
        }
        if (!ticking) {
            ticking = true;
            display.timerExec(TICK_MILLIS, () -> {
                ticking = false;
                tick();
            });
        }
    }

    private void show(WorkStatus status) {
        text.setForeground(status != null && status.error() ? display.getSystemColor(SWT.COLOR_DARK_RED) : null);
        if (status == null || status.file() == null) {
            text.setText(status == null ? "" : escape(status.text()));
            text.setToolTipText(null);
            line.layout();
            return;
        }
        Path file = status.file().toAbsolutePath();
        Path folder = file.getParent();
        String links = "  <a href=\"" + file + "\">" + escape(Messages.get("jobs.openFile")) + "</a>  <a href=\""
                + folder + "\">" + escape(Messages.get("jobs.openFolder")) + "</a>";
        // the whole path if it fits beside the links, else its last folders: where the file is stays in sight
        int room = line.getClientArea().width - bar.getSize().x - cancel.getSize().x - 20;
        for (int drop = 0; drop < folder.getNameCount(); drop++) {
            String where = drop == 0 ? folder.toString()
                    : "\u2026" + java.io.File.separator + folder.subpath(drop, folder.getNameCount());
            text.setText(escape(Messages.format("jobs.wrote", status.text(), file.getFileName(), where)) + links);
            if (text.computeSize(SWT.DEFAULT, SWT.DEFAULT).x <= room) {
                break;
            }
        }
        text.setToolTipText(file.toString());
        line.layout();
    }

    private void showRunning(boolean visible) {
        // hidden, not left out of the layout: the line keeps the button's height, since the trim bar it sits in
        // takes its height once, when the window is laid out
        for (Control c : new Control[] { bar, cancel }) {
            c.setVisible(visible);
        }
        if (visible) {
            text.setForeground(null);
            text.setToolTipText(null);
        }
        line.layout();
    }

    private static void open(String target) {
        if (target != null && !target.isEmpty()) {
            Program.launch(target);
        }
    }

    /** Link text treats '&' as a mnemonic. */
    private static String escape(String s) {
        return s.replace("&", "&&");
    }

    /** The text the line shows now, without link markup (for tests and screen readers). */
    public String getText() {
        return text.getText().replaceAll("</?a[^>]*>", "").replace("&&", "&");
    }

    public Button getCancelButton() {
        return cancel;
    }

    public ProgressBar getProgressBar() {
        return bar;
    }

    public Composite getControl() {
        return line;
    }

    @PreDestroy
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(jobs);
    }
}
