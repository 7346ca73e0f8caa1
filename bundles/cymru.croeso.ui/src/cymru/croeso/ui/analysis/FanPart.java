package cymru.croeso.ui.analysis;

import java.text.NumberFormat;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;

import cymru.croeso.core.analysis.AnalysisSettings;
import cymru.croeso.core.analysis.AreaFanRun;
import cymru.croeso.core.analysis.FanOutput;
import cymru.croeso.core.analysis.FanProgress;
import cymru.croeso.engine.uncertainty.Fan;
import cymru.croeso.export.chart.FanChart;
import cymru.croeso.model.Area;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.Messages;
import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.chart.KeyOnTop;
import jakarta.annotation.PostConstruct;

/**
 * The uncertainty fan of the selected area under the selected scenario: many projections with net international
 * migration and fertility drawn at random, their 5th, 25th, 50th, 75th and 95th percentiles of an output by year.
 * The draws run as a background job with a progress bar and a Cancel button; the chart is built when they are done.
 */
public class FanPart extends AnalysisPart {
    public static final String ID = "cymru.croeso.ui.part.fan";
    /** The spinner's largest number of draws: 100,000 take several minutes, more is not worth waiting for. */
    private static final int MOST_DRAWS = 100_000;
    /** A tenth of a second between progress reports: smooth to the eye, a negligible load on the UI thread. */
    private static final long REPORT_NANOS = 100_000_000L;

    private Combo outputs;
    private Spinner draws;
    private Spinner seed;
    private Button run;
    private Button cancel;
    private ProgressBar progress;
    private ChartCanvas canvas;
    private Fan shown;
    private String shownFor;
    private int lastDone;
    /** Counts runs; progress from a run that has ended (a worker finishing its last draw late) is ignored. */
    private long runNumber;
    private boolean running;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        // the choices wrap onto a second line where the part is narrow (Welsh labels are longer)
        Composite choices = new Composite(body, SWT.NONE);
        choices.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout wrap = new RowLayout(SWT.HORIZONTAL);
        wrap.wrap = true;
        wrap.center = true;
        wrap.marginLeft = 0;
        wrap.spacing = 12;
        choices.setLayout(wrap);
        outputs = new Combo(labelled(choices, "fan.output"), SWT.READ_ONLY | SWT.DROP_DOWN);
        for (FanOutput o : FanOutput.values()) {
            outputs.add(Messages.get("fan.output." + o.name()));
        }
        outputs.select(0);
        outputs.addListener(SWT.Selection, e -> changed());
        AnalysisSettings settings = settings();
        draws = new Spinner(labelled(choices, "fan.draws"), SWT.BORDER);
        draws.setValues(Math.min(settings.draws(), MOST_DRAWS), 1, MOST_DRAWS, 0, 100, 1000);
        seed = new Spinner(labelled(choices, "fan.seed"), SWT.BORDER);
        seed.setValues((int) Math.max(0, Math.min(Integer.MAX_VALUE, settings.seed())), 0, Integer.MAX_VALUE, 0, 1, 10);
        Composite runRow = new Composite(body, SWT.NONE);
        runRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout row = new GridLayout(3, false);
        row.marginWidth = 0;
        runRow.setLayout(row);
        run = new Button(runRow, SWT.PUSH);
        run.setText(Messages.get("fan.run"));
        run.addListener(SWT.Selection, e -> changed());
        cancel = new Button(runRow, SWT.PUSH);
        cancel.setText(Messages.get("fan.cancel"));
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> computation.cancel());
        progress = new ProgressBar(runRow, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        createStatus(body);
        canvas = new ChartCanvas(body, SWT.NONE);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        init(body);
    }

    /** A label and the composite its control goes in, kept together when the row wraps. */
    private static Composite labelled(Composite parent, String key) {
        Composite pair = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        pair.setLayout(layout);
        new Label(pair, SWT.NONE).setText(Messages.get(key));
        return pair;
    }

    @Override
    protected void refresh() {
        Scenario s = scenario;
        Area a = area;
        FanOutput output = FanOutput.values()[Math.max(0, outputs.getSelectionIndex())];
        int n = draws.getSelection();
        long seedValue = seed.getSelection();
        String subject = s.getId() + "/" + a.getCode() + "/" + output;
        if (!subject.equals(shownFor)) {
            // a fan of another area or output must not stand in for this one while the draws run
            canvas.setChart(null);
            shown = null;
        }
        lastDone = 0;
        long thisRun = ++runNumber;
        running = true;
        progress.setMaximum(n);
        progress.setSelection(0);
        run.setEnabled(false);
        cancel.setEnabled(true);
        NumberFormat whole = NumberFormat.getIntegerInstance(Messages.locale());
        showStatus(Messages.format("fan.progress", whole.format(0), whole.format(n)));
        Display display = canvas.getDisplay();
        AtomicLong reported = new AtomicLong(System.nanoTime());
        long started = System.nanoTime();
        String jobName = Messages.format("fan.job", areaName());
        computation.start(jobName, monitor -> {
            monitor.beginTask(jobName, n);
            AreaFanRun fan = new AreaFanRun(runs.run(s), a.getCode(), output);
            return fan.run(n, seedValue, progress(monitor, display, reported, n, thisRun));
        }, new Computation.Outcome<Fan>() {
            @Override
            public void done(Fan result) {
                finished();
                shownFor = subject;
                show(result, output, n, seedValue);
                showStatus(Messages.format("fan.done", whole.format(n),
                        String.format(Messages.locale(), "%.1f", (System.nanoTime() - started) / 1e9)));
            }

            @Override
            public void failed(String reason) {
                finished();
                showStatus(Messages.format("analysis.failed", reason));
            }

            @Override
            public void cancelled() {
                finished();
                showStatus(Messages.format("fan.cancelled", whole.format(lastDone), whole.format(n)));
            }
        });
    }

    /** Reports to the job's monitor and, about ten times a second, to the progress bar. */
    private FanProgress progress(IProgressMonitor monitor, Display display, AtomicLong reported, int n, long thisRun) {
        return new FanProgress() {
            @Override
            public void drawn(int done, int total) {
                synchronized (monitor) {
                    monitor.worked(1);
                }
                long now = System.nanoTime();
                long last = reported.get();
                if ((now - last > REPORT_NANOS || done == total) && !monitor.isCanceled()
                        && reported.compareAndSet(last, now)) {
                    display.asyncExec(() -> {
                        if (!progress.isDisposed() && running && thisRun == runNumber && done > progress.getSelection()) {
                            progress.setSelection(done);
                            lastDone = done;
                            NumberFormat whole = NumberFormat.getIntegerInstance(Messages.locale());
                            showStatus(Messages.format("fan.progress", whole.format(done), whole.format(n)));
                        }
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return monitor.isCanceled();
            }
        };
    }

    private void finished() {
        running = false;
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setSelection(0);
    }

    private void show(Fan fan, FanOutput output, int n, long seedValue) {
        shown = fan;
        String what = Messages.get("fan.output." + output.name());
        NumberFormat whole = NumberFormat.getIntegerInstance(Messages.locale());
        canvas.setChart(KeyOnTop.of(FanChart.create(Messages.format("fan.title", areaName(), scenarioName(), what),
                fan.baseYear(), fan.values(), Messages.get(output.isCount() ? "fan.axis.count" : "fan.axis.ratio"),
                output.isCount(), Messages.format("fan.note", whole.format(n), Long.toString(seedValue)),
                Messages.get("fan.source"), Messages.locale())));
    }

    /** Runs the fan again with these settings (as a planner would with the controls and Run). */
    public Job run(FanOutput output, int drawCount, long seedValue) {
        outputs.select(output.ordinal());
        draws.setSelection(drawCount);
        seed.setSelection((int) seedValue);
        refresh();
        return getJob();
    }

    /** Presses Cancel. */
    public void cancel() {
        cancel.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    public Fan getShown() {
        return shown;
    }

    public ChartCanvas getCanvas() {
        return canvas;
    }

    public int getDrawsDone() {
        return lastDone;
    }

    @Focus
    public void setFocus() {
        run.setFocus();
    }
}
