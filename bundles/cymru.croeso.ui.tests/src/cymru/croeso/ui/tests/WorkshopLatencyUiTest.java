package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.WorkbenchUiTest.application;
import static cymru.croeso.ui.tests.WorkbenchUiTest.lang;
import static cymru.croeso.ui.tests.WorkbenchUiTest.part;
import static cymru.croeso.ui.tests.WorkbenchUiTest.run;
import static cymru.croeso.ui.tests.WorkbenchUiTest.session;
import static cymru.croeso.ui.tests.WorkbenchUiTest.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import cymru.croeso.core.workshop.WorkshopArea;
import cymru.croeso.core.workshop.WorkshopResult;
import cymru.croeso.core.workshop.WorkshopSettings;
import cymru.croeso.model.Scenario;
import cymru.croeso.ui.chart.ChartCanvas;
import cymru.croeso.ui.handlers.WorkshopHandler;
import cymru.croeso.ui.workshop.MoveCost;
import cymru.croeso.ui.workshop.WorkshopPart;

/**
 * Workshop mode's slider latency for Cardiff, phase by phase: moves every slider as a hand would, waits until both
 * charts are painted, and writes wall-clock and UI-thread CPU percentiles of each phase to
 * {@code target/workshop-latency.txt} (no timing assertion: the figures are a report). Every tenth move the charts'
 * numbers are checked against the same settings projected by core on its own.
 */
class WorkshopLatencyUiTest {
    private static final String WORKSHOP_COMMAND = "cymru.croeso.command.workshop";
    private static final String CARDIFF = "W06000015";
    /** Moves before the measured ones, so that the JIT has compiled the path a room's session would use. */
    private static final int WARM_UP = 30;
    /** Moves per slider, as the workbench test has always made them (3 × 40 = 120). */
    private static final int MOVES = 40;
    /** Further moves before the steady-state block, once the first block is measured. */
    private static final int STEADY_WARM_UP = 150;
    private static final String[] SLIDERS = { "migration", "resettlement", "esol" };
    private static final Runnable WAKE = () -> {
    };

    @Test
    void slidersRepaintBothChartsWithCoresFiguresAndThePhasesAreWrittenDown() throws Exception {
        boolean opened = WorkshopHandler.find(application()) == null;
        if (opened) {
            run(WORKSHOP_COMMAND);
            spin(800);
        }
        WorkshopPart workshop = (WorkshopPart) part(WorkshopPart.ID).getObject();
        assertNotNull(workshop, "workshop mode opened no part");
        WorkshopSettings before = workshop.getSettings();
        try {
            assertEquals(CARDIFF, workshop.getWorkshop().area().getCode());
            Scenario baseline = session().project().getScenarios().stream().filter(s -> s.getParent() == null)
                    .findFirst().orElseThrow();
            // core's own projection of the same area, built apart from the part's (which it may reuse and cut short)
            WorkshopArea reference = WorkshopArea.of(session().project(), baseline, workshop.getWorkshop().area());
            warmUp(workshop, WARM_UP);
            StringBuilder report = new StringBuilder();
            report.append(block(workshop, reference, "after " + WARM_UP + " warm-up moves, as a workshop's first minute"));
            WorkbenchUiTest.screenshot("workshop-latency", (Shell) WorkshopHandler.find(application()).getWidget());
            // the JIT compiler is still busy after the first moves (a second core's worth on this machine): measured
            // again once it has settled, as for the rest of a session
            warmUp(workshop, STEADY_WARM_UP);
            report.append(block(workshop, reference, "steady state, after " + (WARM_UP + 3 * MOVES + STEADY_WARM_UP)
                    + " moves"));
            Path out = Path.of("target", "workshop-latency.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.print(report);
        } finally {
            workshop.show(before);
            if (opened) {
                run(WORKSHOP_COMMAND);
                spin(300);
                assertNull(WorkshopHandler.find(application()), "workshop mode is still open");
            }
        }
        assertFalse(session().isDirty(), "moving sliders edits nothing");
    }

    private static void warmUp(WorkshopPart workshop, int moves) {
        Phases ignored = new Phases();
        for (int i = 0; i < moves; i++) {
            int s = i % 3;
            move(workshop, s, position(workshop.getSliders().get(s), i * 3 + 1), ignored);
        }
    }

    /** 3 sliders x {@value #MOVES} measured moves, the charts checked every tenth; the report's lines for them. */
    private static String block(WorkshopPart workshop, WorkshopArea reference, String when) {
        Phases all = new Phases();
        Map<String, Long> threadsBefore = threadCpu();
        long xBefore = xServerCpuMillis();
        long processBefore = processCpuMillis();
        long uiBefore = MoveCost.cpuNow();
        long gcBefore = gcMillis();
        long gcCountBefore = gcCount();
        String load = loadAverage();
        for (int s = 0; s < 3; s++) {
            Scale slider = workshop.getSliders().get(s);
            for (int i = 0; i < MOVES; i++) {
                move(workshop, s, position(slider, i), all);
                if (i % 10 == 9) {
                    assertChartsShow(workshop, reference);
                }
            }
        }
        long gc = gcMillis() - gcBefore;
        long xServer = xServerCpuMillis() - xBefore;
        long process = processCpuMillis() - processBefore;
        Map<String, Long> threadsAfter = threadCpu();
        long ui = MoveCost.cpuNow() - uiBefore;
        long javaThreads = threadsAfter.entrySet().stream()
                .mapToLong(e -> e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)).sum();
        long collections = gcCount() - gcCountBefore;
        String loadAfter = loadAverage();
        StringBuilder report = new StringBuilder();
        String l = lang();
        report.append(String.format(Locale.ROOT,
                "%s == %s, ui bundle %s: Cardiff, %d moves (3 sliders x %d, %s), charts %s + %s;"
                        + " load average %s before, %s after, %d cores; GC during the moves %d ms in %d collections%n",
                l, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                FrameworkUtil.getBundle(WorkshopPart.class).getVersion(), all.count(), MOVES, when,
                workshop.getCanvases().get(0).getSize(), workshop.getCanvases().get(1).getSize(), load, loadAfter,
                Runtime.getRuntime().availableProcessors(), gc, collections));
        report.append(String.format(Locale.ROOT, "%s   %-40s %-26s %-26s%n", l, "phase (ms)", "wall p50 / p95 / max",
                "UI-thread CPU p50 / p95 / max"));
        all.appendTo(report, l);
        report.append(String.format(Locale.ROOT, "%s   %-40s %.1f ms a move (X server, Xvfb: it rasterises what the"
                + " UI thread draws); whole JVM, all threads: %.1f ms a move%n", l, "CPU elsewhere",
                xBefore < 0 ? Double.NaN : xServer / (double) all.count(), process / (double) all.count()));
        report.append(String.format(Locale.ROOT, "%s   %-40s UI thread %.1f (with the test's checks), other Java"
                + " threads %.1f, JVM's own (GC, JIT compiler) %.1f; busiest Java threads: %s%n", l,
                "JVM CPU by thread (ms a move)", ui / 1e6 / all.count(), javaThreads / 1e6 / all.count(),
                (process * 1e6 - ui - javaThreads) / 1e6 / all.count(), busiest(threadsBefore, threadsAfter, all.count())));
        return report.toString();
    }

    /**
     * The stacked chart drawn the cheap way (one polygon a group) still fills the plot from the axis up to the
     * result's total in every year: drawn off screen with the chart's own renderers, no pixel of a column through the
     * stack is left white (a renderer closing its polygons on the wrong neighbour leaves white bands).
     */
    @Test
    void theStackedGroupsFillThePopulationChartFromTheAxisUpToTheTotal() throws Exception {
        boolean opened = WorkshopHandler.find(application()) == null;
        if (opened) {
            run(WORKSHOP_COMMAND);
            spin(800);
        }
        WorkshopPart workshop = (WorkshopPart) part(WorkshopPart.ID).getObject();
        WorkshopSettings before = workshop.getSettings();
        try {
            workshop.show(new WorkshopSettings(2.0, 300, 0));
            ChartCanvas canvas = workshop.getCanvases().get(0);
            org.jfree.chart.JFreeChart chart = canvas.getChart();
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            java.awt.image.BufferedImage image = chart.createBufferedImage(canvas.getSize().x, canvas.getSize().y, info);
            java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
            org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
            WorkshopResult shown = workshop.getShown();
            for (int y = 2; y < shown.years(); y += 9) {
                int x = (int) Math.round(plot.getDomainAxis().valueToJava2D(shown.firstYear() + y, area,
                        org.jfree.chart.ui.RectangleEdge.BOTTOM));
                int top = (int) Math.ceil(plot.getRangeAxis().valueToJava2D(shown.bornAbroad(y), area,
                        org.jfree.chart.ui.RectangleEdge.LEFT));
                int bottom = (int) Math.floor(area.getMaxY());
                for (int py = top + 3; py < bottom - 2; py++) {
                    assertFalse((image.getRGB(x, py) & 0xffffff) == 0xffffff, "white at year " + (shown.firstYear() + y)
                            + ", " + (bottom - py) + " px above the axis, inside a stack " + (bottom - top) + " px high");
                }
            }
        } finally {
            workshop.show(before);
            if (opened) {
                run(WORKSHOP_COMMAND);
                spin(300);
            }
        }
    }

    /** The i-th position of a slider's measured moves, never its current one (a move that changes nothing paints nothing). */
    private static int position(Scale slider, int i) {
        int position = (slider.getMaximum() * ((i * 7) % MOVES)) / MOVES;
        return position == slider.getSelection() ? (position + 1) % (slider.getMaximum() + 1) : position;
    }

    /**
     * The charts hold what core projects for the part's settings: each origin group's persons in the stacked
     * population chart, and applicants and places in the ESOL chart; and the places are the baseline's plus the slider's.
     */
    private static void assertChartsShow(WorkshopPart workshop, WorkshopArea reference) {
        WorkshopSettings settings = workshop.getSettings();
        WorkshopResult expected = reference.run(settings);
        XYDataset stacked = workshop.getCanvases().get(0).getChart().getXYPlot().getDataset(0);
        XYDataset esol = workshop.getCanvases().get(1).getChart().getXYPlot().getDataset(0);
        int last = expected.years() - 1;
        for (int y = 0; y < expected.years(); y++) {
            for (int g = 1; g < expected.groupTotals().length; g++) {
                assertEquals(expected.groupTotals()[g][y], stacked.getYValue(g - 1, y), 1e-6,
                        "group " + g + ", year " + (expected.firstYear() + y) + " at " + settings);
            }
            assertEquals(expected.esolApplicants()[y], esol.getYValue(0, y), 1e-6, "ESOL applicants at " + settings);
            assertEquals(expected.esolPlaces()[y], esol.getYValue(1, y), 1e-6, "ESOL places at " + settings);
        }
        assertEquals(reference.baselineResult().esolPlaces()[last] + settings.esolPlacesAdded(), esol.getYValue(1, last),
                1e-6, "the slider's places come on top of the baseline's");
    }

    /** Moves one slider as a hand would and records what the move cost until both charts had been painted. */
    private static void move(WorkshopPart workshop, int slider, int position, Phases phases) {
        Scale scale = workshop.getSliders().get(slider);
        ChartCanvas population = workshop.getCanvases().get(0);
        ChartCanvas esol = workshop.getCanvases().get(1);
        int populationBefore = population.getPaintCount();
        int esolBefore = esol.getPaintCount();
        // ESOL places change only the ESOL chart; the other sliders change both
        boolean both = slider != 2;
        Display display = Display.getCurrent();
        long allocated = allocatedBytes();
        long cpu = MoveCost.cpuNow();
        long start = System.nanoTime();
        scale.setSelection(position);
        scale.notifyListeners(SWT.Selection, new Event());
        long deadline = start + 2_000_000_000L;
        while (!((!both || population.getPaintCount() > populationBefore) && esol.getPaintCount() > esolBefore)) {
            if (!display.readAndDispatch()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the workshop charts were not painted within 2 s of a slider move");
                }
                // GTK paints on its next frame (up to 16.7 ms on): wait for it asleep, as the workbench's own event
                // loop does, so that the UI thread's CPU counts work and not this loop spinning
                display.timerExec(20, WAKE);
                display.sleep();
            }
        }
        long wall = System.nanoTime() - start;
        long cpuUsed = MoveCost.cpuNow() - cpu;
        long bytes = allocatedBytes() - allocated;
        MoveCost cost = workshop.getLastMove();
        long drawWall = esol.getLastPaintNanos() + (both ? population.getLastPaintNanos() : 0);
        long drawCpu = esol.getLastPaintCpuNanos() + (both ? population.getLastPaintCpuNanos() : 0);
        phases.add("event to both charts painted", wall, cpuUsed);
        phases.add("  " + SLIDERS[slider] + " slider", wall, cpuUsed);
        phases.add("compute (projection + ESOL)", cost.computeNanos(), cost.computeCpuNanos());
        phases.add("datasets, titles, axes", cost.datasetNanos(), cost.datasetCpuNanos());
        if (both) {
            phases.add("draw population chart", population.getLastPaintNanos(), population.getLastPaintCpuNanos());
        }
        phases.add("draw ESOL chart", esol.getLastPaintNanos(), esol.getLastPaintCpuNanos());
        phases.add("rest (to GTK's next frame, paint events)", wall - cost.computeNanos() - cost.datasetNanos() - drawWall,
                cpuUsed - cost.computeCpuNanos() - cost.datasetCpuNanos() - drawCpu);
        if (bytes >= 0) {
            phases.addBytes(bytes);
        }
        while (display.readAndDispatch()) {
            // let anything else the move queued run before the next one
        }
    }

    /** Wall and CPU nanoseconds by phase, in the order first seen. */
    private static final class Phases {
        private final Map<String, List<long[]>> byPhase = new LinkedHashMap<>();
        private final List<Long> bytes = new ArrayList<>();

        void add(String phase, long wall, long cpu) {
            byPhase.computeIfAbsent(phase, k -> new ArrayList<>()).add(new long[] { wall, cpu });
        }

        void addBytes(long allocated) {
            bytes.add(allocated);
        }

        int count() {
            return byPhase.values().iterator().next().size();
        }

        void appendTo(StringBuilder report, String lang) {
            byPhase.forEach((phase, values) -> report.append(String.format(Locale.ROOT, "%s   %-40s %-26s %-26s%n",
                    lang, phase + " (n=" + values.size() + ")", percentiles(values, 0), percentiles(values, 1))));
            if (!bytes.isEmpty()) {
                long[] sorted = bytes.stream().mapToLong(Long::longValue).sorted().toArray();
                report.append(String.format(Locale.ROOT, "%s   %-40s %.0f / %.0f / %.0f KB%n", lang,
                        "UI thread allocated per move", sorted[index(sorted.length, 50)] / 1024.0,
                        sorted[index(sorted.length, 95)] / 1024.0, sorted[sorted.length - 1] / 1024.0));
            }
        }

        private static String percentiles(List<long[]> values, int column) {
            long[] sorted = values.stream().mapToLong(v -> v[column]).sorted().toArray();
            return String.format(Locale.ROOT, "%6.1f / %6.1f / %6.1f", sorted[index(sorted.length, 50)] / 1e6,
                    sorted[index(sorted.length, 95)] / 1e6, sorted[sorted.length - 1] / 1e6);
        }

        /** The nearest-rank percentile's index. */
        private static int index(int n, int p) {
            return Math.max(0, (int) Math.ceil(p / 100.0 * n) - 1);
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** CPU nanoseconds of every live thread but this one, by name (threads of one kind, e.g. "C2 CompilerThread", added up). */
    private static Map<String, Long> threadCpu() {
        var bean = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.HashMap<>();
        long self = Thread.currentThread().threadId();
        for (long id : bean.getAllThreadIds()) {
            var info = bean.getThreadInfo(id);
            long cpu = bean.getThreadCpuTime(id);
            if (id != self && info != null && cpu > 0) {
                byName.merge(info.getThreadName().replaceAll("\\d+$", "#"), cpu, Long::sum);
            }
        }
        return byName;
    }

    private static String busiest(Map<String, Long> before, Map<String, Long> after, int moves) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(5)
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / 1e6 / moves))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** CPU time of this JVM, all threads, in milliseconds (from /proc; -1 elsewhere). */
    private static long processCpuMillis() {
        return cpuMillisOf(Path.of("/proc/self/stat"));
    }

    /** CPU time of the X server this workbench draws on (Xvfb under test), or -1 where it cannot be found. */
    private static long xServerCpuMillis() {
        String display = System.getenv("DISPLAY");
        if (display == null) {
            return -1;
        }
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String[] args = Files.readString(p.resolve("cmdline")).split("\u0000");
                    if (args.length > 1 && args[0].endsWith("Xvfb") && Arrays.asList(args).contains(display)) {
                        return cpuMillisOf(p.resolve("stat"));
                    }
                } catch (Exception e) {
                    // a process that ended meanwhile, or one not ours to read
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    /** utime + stime of a /proc/PID/stat file in milliseconds (clock ticks of 10 ms, Linux's USER_HZ of 100). */
    private static long cpuMillisOf(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (Exception e) {
            return -1;
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(t -> t > 0).sum();
    }

    /** Bytes the UI thread has allocated so far (HotSpot's extension of the thread bean), or -1 where unknown. */
    private static long allocatedBytes() {
        try {
            return ALLOCATED == null ? -1 : (Long) ALLOCATED.invoke(ManagementFactory.getThreadMXBean());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    /** Looked up once, through the boot loader: the test fragment imports no com.sun package. */
    private static final java.lang.reflect.Method ALLOCATED = allocatedBytesMethod();

    private static java.lang.reflect.Method allocatedBytesMethod() {
        try {
            return Class.forName("com.sun.management.ThreadMXBean", false, null).getMethod("getCurrentThreadAllocatedBytes");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
