package cymru.croeso.ui.tests;

import static cymru.croeso.ui.tests.WorkbenchUiTest.application;
import static cymru.croeso.ui.tests.WorkbenchUiTest.lang;
import static cymru.croeso.ui.tests.WorkbenchUiTest.part;
import static cymru.croeso.ui.tests.WorkbenchUiTest.screenshot;
import static cymru.croeso.ui.tests.WorkbenchUiTest.session;
import static cymru.croeso.ui.tests.WorkbenchUiTest.shell;
import static cymru.croeso.ui.tests.WorkbenchUiTest.welsh;
import static cymru.croeso.ui.tests.WorkbenchUiTest.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.settings.SettingsFile;
import cymru.croeso.core.settings.UserSettings;
import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.data.store.CroesoDatabase;
import cymru.croeso.data.store.StatisticalTables;
import cymru.croeso.data.store.StoredTable;
import cymru.croeso.ui.handlers.BoardPackHandler;
import cymru.croeso.ui.handlers.ImportTableHandler;
import cymru.croeso.ui.jobs.LongWork;
import cymru.croeso.ui.jobs.ProgressLine;
import cymru.croeso.ui.parts.ProjectExplorerPart;
import cymru.croeso.ui.prefs.PreferencesDialog;
import cymru.croeso.ui.prefs.SettingsAddon;
import cymru.croeso.ui.project.WindowFitAddon;

/**
 * Preferences, the language switch, the standard keys and long work with progress and Cancel, in the workbench the
 * harness started (English run and Welsh run). Each test leaves the workbench as it found it: language, settings,
 * settings file and project.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreferencesUiTest {
    private static final String PREFERENCES = "org.eclipse.ui.window.preferences";
    private static final String BOARD_PACK = "cymru.croeso.command.boardPack";
    private static final String SWANSEA = "W06000011";
    /** Wakes a sleeping event loop to look at the clock again. */
    private static final Runnable WAKE = () -> {
    };
    private static final List<String> SHEETS_EN = List.of("Cover", "Summary", "Population", "Pyramid", "Schools", "ESOL",
            "Housing", "GP", "Action plan", "Costs", "Indicators", "Comparison");
    private static final List<String> SHEETS_CY = List.of("Clawr", "Crynodeb", "Poblogaeth", "Pyramid", "Ysgolion",
            "ESOL", "Tai", "Meddygon teulu", "Cynllun gweithredu", "Costau", "Dangosyddion", "Cymhariaeth");

    @Test
    @Order(0)
    void theWindowFitsItsScreenAndNothingInItIsCutOff() throws Exception {
        WorkbenchUiTest.spin(500);
        Shell shell = shell();
        Rectangle screen = shell.getMonitor().getClientArea();
        Rectangle bounds = shell.getBounds();
        assertTrue(screen.intersection(bounds).equals(bounds), bounds + " runs off the screen " + screen);
        Rectangle area = shell.getClientArea();
        for (Control child : shell.getChildren()) {
            if (child.isVisible()) {
                assertEquals(child.getBounds(), area.intersection(child.getBounds()),
                        child + " reaches past the window's client area " + area);
            }
        }
        // the status line along the bottom is inside the window, not under its edge
        Control line = progressLine().getControl();
        Rectangle lineInShell = Display.getCurrent().map(line.getParent(), shell, line.getBounds());
        assertTrue(lineInShell.y + lineInShell.height <= area.y + area.height, lineInShell + " in " + area);
        // and tall enough for its Cancel button, which is hidden between pieces of work but keeps its place
        Button cancel = progressLine().getCancelButton();
        assertTrue(line.getSize().y >= cancel.computeSize(SWT.DEFAULT, SWT.DEFAULT).y,
                "the status line (" + line.getSize() + ") would cut its Cancel button off");
        // worked by hand: Application.e4xmi's 1280 x 800 at (20, 20) on a 1280 x 1024 screen moves to x = 0; on a
        // 1366 x 768 laptop it keeps x = 20 (20 + 1280 fits in 1366) and shrinks to 768 high at y = 0
        assertEquals(new Rectangle(0, 20, 1280, 800),
                WindowFitAddon.fitted(new Rectangle(20, 20, 1280, 800), new Rectangle(0, 0, 1280, 1024)));
        assertEquals(new Rectangle(20, 0, 1280, 768),
                WindowFitAddon.fitted(new Rectangle(20, 20, 1280, 800), new Rectangle(0, 0, 1366, 768)));
        assertEquals(new Rectangle(1300, 40, 1280, 800),
                WindowFitAddon.fitted(new Rectangle(1300, 40, 1280, 800), new Rectangle(1280, 0, 1920, 1080)));
    }

    @Test
    @Order(1)
    void theStandardKeysAreBoundAndShownInTheMenus() throws Exception {
        WorkbenchUiTest.spin(500);
        // the keys the product ships, as Application.e4xmi binds them
        Map<String, String> shipped = shippedKeys();
        assertEquals("M1+S", shipped.get("org.eclipse.ui.file.save"));
        assertEquals("M1+Z", shipped.get("org.eclipse.ui.edit.undo"));
        assertEquals("M1+Y", shipped.get("org.eclipse.ui.edit.redo"));
        assertEquals("F11", shipped.get("org.eclipse.ui.window.fullscreenmode"));
        assertEquals("M1+P", shipped.get(BOARD_PACK));
        assertEquals("M1+M2+W", shipped.get("cymru.croeso.command.workshop"));
        // Each menu item shows the key the running workbench has bound to its command, after a tab (GTK draws it at
        // the right). The test harness also loads the Eclipse IDE (Tycho's UI harness needs it), whose binding
        // processor rebinds some commands (redo to Ctrl+Shift+Z, full screen to Alt+F11, Ctrl+P to Print), so here
        // the key shown is compared with the harness's binding; the product has only the keys above.
        assertTrue(menuItem(0, welsh() ? "Cadw" : "Save").getText().endsWith("\tCtrl+S"));
        assertTrue(menuItem(1, welsh() ? "Dadwneud" : "Undo").getText().endsWith("\tCtrl+Z"));
        for (String[] item : new String[][] { { "0", "Cadw", "Save", "org.eclipse.ui.file.save" },
                { "1", "Dadwneud", "Undo", "org.eclipse.ui.edit.undo" },
                { "1", "Ailwneud", "Redo", "org.eclipse.ui.edit.redo" },
                { "4", "Sgrin lawn", "Full screen", "org.eclipse.ui.window.fullscreenmode" },
                { "0", "Allforio pecyn y bwrdd", "Export board pack", BOARD_PACK } }) {
            String text = menuItem(Integer.parseInt(item[0]), welsh() ? item[1] : item[2]).getText();
            TriggerSequence bound = boundKey(item[3]);
            assertEquals((welsh() ? item[1] : item[2]) + (bound == null ? "" : "\t" + bound.format()),
                    text.replace("&", ""), item[3]);
        }
        assertNotNull(menuItem(4, welsh() ? "Dewisiadau…" : "Preferences…"));
    }

    /** The key sequence the shipped Application.e4xmi binds to each command, by command id. */
    private static Map<String, String> shippedKeys() throws Exception {
        org.osgi.framework.Bundle app = java.util.Arrays.stream(
                org.osgi.framework.FrameworkUtil.getBundle(PreferencesUiTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("cymru.croeso.app")).findFirst().orElseThrow();
        org.w3c.dom.Document xmi;
        try (InputStream in = app.getEntry("Application.e4xmi").openStream()) {
            xmi = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, String> commandIds = new java.util.HashMap<>();
        org.w3c.dom.NodeList commands = xmi.getElementsByTagName("commands");
        for (int i = 0; i < commands.getLength(); i++) {
            org.w3c.dom.Element c = (org.w3c.dom.Element) commands.item(i);
            commandIds.put(c.getAttribute("xmi:id"), c.getAttribute("elementId"));
        }
        Map<String, String> keys = new java.util.HashMap<>();
        org.w3c.dom.NodeList bindings = xmi.getElementsByTagName("bindings");
        for (int i = 0; i < bindings.getLength(); i++) {
            org.w3c.dom.Element b = (org.w3c.dom.Element) bindings.item(i);
            keys.put(commandIds.get(b.getAttribute("command")), b.getAttribute("keySequence"));
        }
        return keys;
    }

    private static TriggerSequence boundKey(String commandId) {
        ParameterizedCommand command = window().getContext().get(ECommandService.class).createCommand(commandId, null);
        return window().getContext().get(EBindingService.class).getBestSequenceFor(command);
    }

    @Test
    @Order(2)
    void aBadDatabaseUrlIsRefusedWithAMessageAndNothingChanges() throws Exception {
        UserSettings before = settings();
        Path file = SettingsAddon.settingsFile(application().getContext());
        String fileBefore = Files.exists(file) ? Files.readString(file) : null;
        String[] shown = new String[2];
        withPreferences(dialog -> {
            shot("preferences");
            dialog.getDatabaseUrl().setText("jdbc:h2:mem:croeso");
            press(dialog, welsh() ? "Iawn" : "OK");
            shown[0] = dialog.getProblems();
            shown[1] = String.valueOf(dialog.getShell() != null && !dialog.getShell().isDisposed());
            shot("preferences-refused");
            press(dialog, welsh() ? "Canslo" : "Cancel");
        });
        assertEquals("true", shown[1], "OK closed the dialog although the URL is unusable");
        assertTrue(shown[0].contains(welsh() ? "Cronfa ddata yn y cof yw jdbc:h2:mem:croeso" : "jdbc:h2:mem:croeso is an in-memory database"),
                shown[0]);
        assertTrue(shown[0].contains("jdbc:h2:file:~/.croeso/croeso"), "the message gives a URL that works: " + shown[0]);
        assertEquals(before, settings());
        assertEquals(fileBefore, Files.exists(file) ? Files.readString(file) : null);
    }

    @Test
    @Order(3)
    void switchingLanguageKeepsTheUnsavedEditAndRelabelsMenusAndParts() throws Exception {
        String original = lang();
        String other = welsh() ? "en" : "cy";
        Path file = SettingsAddon.settingsFile(application().getContext());
        String fileBefore = Files.exists(file) ? Files.readString(file) : null;
        UserSettings settingsBefore = settings();
        ProjectSession session = session();
        Area swansea = WorkbenchUiTest.area(SWANSEA);
        String name = swansea.getNameEn();
        assertTrue(session.execute(SetCommand.create(session.editingDomain(), swansea, CroesoPackage.Literals.AREA__NAME_EN,
                "Swansea (unsaved)")));
        try {
            chooseLanguage(other);
            assertEquals(other, lang());
            assertSame(session, session(), "the project session was replaced");
            assertTrue(session.isDirty(), "the edit is no longer unsaved");
            assertEquals("Swansea (unsaved)", swansea.getNameEn());
            assertTrue(session.canUndo());
            assertTrue(shell().getText().startsWith("*Croeso"), shell().getText());
            assertLanguage(other);
            assertEquals(other, SettingsFile.load(file, Path.of(System.getProperty("user.home"))).settings().language(),
                    "the choice is kept for the next start");
            screenshot("language-switched");
            chooseLanguage(original);
            assertEquals(original, lang());
            assertLanguage(original);
            assertTrue(session.isDirty());
            assertEquals("Swansea (unsaved)", swansea.getNameEn());
        } finally {
            if (!lang().equals(original)) {
                chooseLanguage(original);
            }
            session.undo();
            application().getContext().set(UserSettings.class, settingsBefore);
            restore(file, fileBefore);
        }
        WorkbenchUiTest.spin(200);
        assertEquals(name, swansea.getNameEn());
        assertFalse(session.isDirty());
        assertEquals("Croeso \u2014 Cymru", shell().getText());
    }

    @Test
    @Order(4)
    void ctrlPWritesTheBoardPackOffTheUiThreadIntoTheExportFolder() throws Exception {
        Path folder = Path.of("target", "exports", lang()).toAbsolutePath();
        deleteTree(folder);
        UserSettings before = settings();
        application().getContext().set(UserSettings.class, before.withExportFolder(folder));
        // the same heartbeat first with nothing running: how long the loaded machine keeps the UI thread waiting anyway
        Heartbeat idle = new Heartbeat(Display.getCurrent());
        long idleUntil = System.nanoTime() + 5_000_000_000L;
        waitFor(() -> System.nanoTime() > idleUntil, 10);
        long idleLongest = idle.stop();
        long idleGc = idle.gcInLongest();
        Heartbeat heartbeat = new Heartbeat(Display.getCurrent());
        try {
            long start = System.nanoTime();
            long startCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            WorkbenchUiTest.run(BOARD_PACK);
            long handler = System.nanoTime() - start;
            LongWork<?> work = running();
            ProgressLine line = progressLine();
            waitFor(() -> line.getProgressBar().getSelection() > 0 || work.outcome() != LongWork.Outcome.WAITING, 60);
            assertTrue(line.getCancelButton().isVisible(), "no Cancel while the pack is written");
            Rectangle button = line.getCancelButton().getBounds();
            assertEquals(button, line.getControl().getClientArea().intersection(button), "Cancel is cut off");
            // the screenshot itself keeps the UI thread busy for a second: not the workbench's doing
            heartbeat.pause();
            screenshot("board-pack-progress");
            heartbeat.resume();
            waitFor(() -> work.outcome() != LongWork.Outcome.WAITING, 120);
            WorkbenchUiTest.spin(300);
            long longest = heartbeat.stop();
            // the test's own screenshot included: an upper bound of what the workbench asked of the UI thread
            double packCpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startCpu) / 1e6;
            double packWall = (System.nanoTime() - start) / 1e6;
            assertEquals(LongWork.Outcome.DONE, work.outcome(), String.valueOf(work.finishedStatus()));
            List<Path> files = files(folder);
            assertEquals(1, files.size(), files.toString());
            Path pack = files.get(0);
            assertTrue(pack.getFileName().toString().startsWith(welsh() ? "Pecyn bwrdd Cymru - Prif senario - " : "Cymru board pack - Principal - "),
                    pack.toString());
            assertTrue(pack.getFileName().toString().endsWith(".xlsx"));
            try (InputStream in = Files.newInputStream(pack); Workbook workbook = new XSSFWorkbook(in)) {
                List<String> sheets = new ArrayList<>();
                workbook.forEach(s -> sheets.add(s.getSheetName()));
                assertEquals(welsh() ? SHEETS_CY : SHEETS_EN, sheets);
            }
            assertTrue(line.getText().contains(pack.getFileName().toString()), line.getText());
            assertTrue(line.getText().startsWith(welsh() ? "Cadwyd pecyn y bwrdd" : "Board pack saved"), line.getText());
            assertFalse(line.getCancelButton().isVisible());
            screenshot("board-pack-done");
            String report = String.format(Locale.ROOT,
                    "%s board pack (Ctrl+P, sample, 2 scenarios): longest gap between 10 ms UI heartbeats %.1f ms"
                            + " (garbage collection in it %d ms, UI thread's own CPU in it %.1f ms); idle for 5 s before it,"
                            + " same heartbeat: %.1f ms (GC %d ms); the command's own time on the UI thread %.1f ms; machine"
                            + " load %.1f on %d cores%n",
                    lang(), longest / 1e6, heartbeat.gcInLongest(), heartbeat.cpuInLongest(), idleLongest / 1e6, idleGc,
                    handler / 1e6,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            report += String.format(Locale.ROOT, "   the UI thread's own 10 ms timer (no second thread involved): longest"
                    + " gap %.1f ms (GC in it %d ms); idle before it, same timer: %.1f ms%n", heartbeat.longestTimerGap() / 1e6,
                    heartbeat.gcInLongestTimerGap(), idle.longestTimerGap() / 1e6);
            report += String.format(Locale.ROOT, "   UI thread's CPU from Ctrl+P to the pack written: %.0f ms in %.0f ms"
                    + " (the test's screenshot of the progress line included)%n", packCpu, packWall);
            report += "   UI thread while beats were more than 50 ms late (25 ms samples): " + heartbeat.lateFrames() + "\n";
            Path out = Path.of("target", "ui-responsiveness.txt");
            Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.print(report);
        } finally {
            heartbeat.stop();
            stopLongWork();
            application().getContext().set(UserSettings.class, before);
        }
    }

    @Test
    @Order(5)
    void cancelLeavesNoPartialFile() throws Exception {
        UserSettings before = settings();
        try {
            // at once, while the scenarios run, and once the workbook is being written (POI cannot stop half-way)
            for (String when : new String[] { "start", "writing" }) {
                Path folder = Path.of("target", "exports", lang() + "-cancel-" + when).toAbsolutePath();
                deleteTree(folder);
                application().getContext().set(UserSettings.class, before.withExportFolder(folder));
                WorkbenchUiTest.run(BOARD_PACK);
                LongWork<?> work = running();
                ProgressLine line = progressLine();
                String writing = welsh() ? "Yn ysgrifennu" : "Writing the workbook";
                if (when.equals("writing")) {
                    waitFor(() -> line.getText().contains(writing) || work.outcome() != LongWork.Outcome.WAITING, 120);
                    assertTrue(line.getText().contains(writing), line.getText());
                } else {
                    waitFor(() -> line.getCancelButton().isVisible(), 10);
                }
                line.getCancelButton().notifyListeners(SWT.Selection, new Event());
                assertTrue(line.getText().endsWith(welsh() ? ": yn canslo…" : ": cancelling…"), line.getText());
                assertFalse(line.getCancelButton().isEnabled(), "Cancel can be pressed twice");
                if (when.equals("writing")) {
                    screenshot("board-pack-cancelling");
                }
                waitFor(() -> work.outcome() != LongWork.Outcome.WAITING, 120);
                WorkbenchUiTest.spin(200);
                assertEquals(LongWork.Outcome.CANCELLED, work.outcome(), when);
                assertEquals(List.of(), files(folder), "cancelled " + when + ": something was left in the folder");
                assertTrue(line.getText().endsWith(welsh() ? "wedi'i ganslo." : "cancelled."), line.getText());
            }
        } finally {
            stopLongWork();
            application().getContext().set(UserSettings.class, before);
        }
    }

    @Test
    @Order(6)
    void importingATableRunsAsLongWorkIntoTheDatabaseOfTheSettings() throws Exception {
        Path dir = Path.of("target", "import", lang()).toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        // two areas, both sexes, ages 0 to 90: males age + 1 and females age + 2, so each area holds
        // (1 + … + 91) + (2 + … + 92) = 4,186 + 4,277 = 8,463 and the file 16,926 in 364 values
        StringBuilder csv = new StringBuilder("area_code,Sex,Age,value\n");
        for (String area : new String[] { "W06000015", "W06000011" }) {
            for (int age = 0; age <= 90; age++) {
                csv.append(area).append(",M,").append(age).append(',').append(age + 1).append('\n');
                csv.append(area).append(",F,").append(age).append(',').append(age + 2).append('\n');
            }
        }
        Path file = Files.writeString(dir.resolve("ages.csv"), csv);
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("croeso");
        UserSettings settings = settings().withDatabaseUrl(url);
        // refused first, so that the status line ends on the good import for the classes after this one
        // a file with a gap in the ages is refused whole, with the row to fix, and nothing of it is stored
        Path broken = Files.writeString(dir.resolve("broken.csv"), csv.toString().replace("W06000011,M,5,6\n", ""));
        List<String> told = new ArrayList<>();
        closeMessageBoxes(told, System.currentTimeMillis() + 60_000);
        LongWork<StoredTable> refused = ImportTableHandler.start(broken, "broken", settings);
        waitFor(() -> refused.outcome() != LongWork.Outcome.WAITING && !told.isEmpty(), 60);
        assertEquals(LongWork.Outcome.FAILED, refused.outcome());
        assertEquals(1, told.size(), "the failure was not shown: " + told);
        assertTrue(told.get(0).startsWith(welsh() ? "Ni ellir mewnforio'r ffeil, felly ni ysgrifennwyd dim:"
                : "The file cannot be imported, so nothing was written:"), told.get(0));
        LongWork<StoredTable> work = ImportTableHandler.start(file, "ages", settings);
        waitFor(() -> work.outcome() != LongWork.Outcome.WAITING, 60);
        WorkbenchUiTest.spin(300);
        assertEquals(LongWork.Outcome.DONE, work.outcome(), String.valueOf(work.finishedStatus()));
        assertEquals(welsh() ? "Mewnforiwyd tabl \"ages\": 364 gwerth, cyfanswm 16,926."
                : "Imported table \"ages\": 364 values, total 16,926.", progressLine().getText());
        try (CroesoDatabase db = CroesoDatabase.open(url)) {
            StatisticalTables tables = new StatisticalTables(db);
            StoredTable stored = tables.find("ages").orElseThrow();
            assertEquals(364, stored.rowCount());
            assertEquals(16_926, stored.total(), 1e-9);
            assertEquals(8_463, tables.readArea("ages", "W06000011").total(), 1e-9);
            assertFalse(tables.find("broken").isPresent(), "part of a refused file was stored");
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** Cancels any long work a failed test left running and waits for it, so the next test starts clean. */
    private static void stopLongWork() throws InterruptedException {
        org.eclipse.core.runtime.jobs.IJobManager jobs = org.eclipse.core.runtime.jobs.Job.getJobManager();
        jobs.cancel(LongWork.FAMILY);
        waitFor(() -> jobs.find(LongWork.FAMILY).length == 0, 120);
        WorkbenchUiTest.spin(200);
    }

    /**
     * Until {@code deadline} or the first box, closes any message box long work opens (they are modal, so the event
     * loop that opened one is inside it) and notes its text.
     */
    private static void closeMessageBoxes(List<String> texts, long deadline) {
        Display display = Display.getCurrent();
        Runnable[] close = new Runnable[1];
        close[0] = () -> {
            for (Shell s : display.getShells()) {
                if (s.isVisible() && s.getData() instanceof org.eclipse.jface.dialogs.MessageDialog box) {
                    texts.add(String.valueOf(messageOf(s)));
                    box.close();
                }
            }
            if (texts.isEmpty() && System.currentTimeMillis() < deadline) {
                display.timerExec(100, close[0]);
            }
        };
        display.timerExec(100, close[0]);
    }

    private static String messageOf(Composite parent) {
        for (Control c : parent.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Label label && label.getText().length() > 20) {
                return label.getText();
            }
            if (c instanceof Composite child) {
                String found = messageOf(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static UserSettings settings() {
        UserSettings settings = application().getContext().get(UserSettings.class);
        assertNotNull(settings, "no user settings in the application context");
        return settings;
    }

    /** The item of a main menu whose text starts with {@code label}, after the menu has been filled as when shown. */
    private static MenuItem menuItem(int menu, String label) {
        Menu bar = (Menu) window().getMainMenu().getWidget();
        Menu items = bar.getItem(menu).getMenu();
        items.notifyListeners(SWT.Show, new Event());
        try {
            List<String> seen = new ArrayList<>();
            for (MenuItem item : items.getItems()) {
                String text = item.getText().replace("&", "");
                seen.add(text);
                if (text.startsWith(label)) {
                    return item;
                }
            }
            throw new AssertionError("no menu item " + label + " in " + seen);
        } finally {
            items.notifyListeners(SWT.Hide, new Event());
        }
    }

    private static void assertLanguage(String language) throws Exception {
        WorkbenchUiTest.spin(300);
        boolean cy = language.equals("cy");
        Menu bar = (Menu) window().getMainMenu().getWidget();
        String[] menus = Arrays.stream(bar.getItems()).map(i -> i.getText().replace("&", "")).toArray(String[]::new);
        assertEquals(cy ? List.of("Ffeil", "Golygu", "Prosiect", "Dadansoddi", "Ffenestr", "Cymorth")
                : List.of("File", "Edit", "Project", "Analysis", "Window", "Help"),
                Arrays.asList(menus));
        assertTrue(menuItem(0, cy ? "Cadw" : "Save").getText().endsWith("\tCtrl+S"));
        MPart explorer = part(ProjectExplorerPart.ID);
        assertEquals(cy ? "Porwr prosiect" : "Project explorer", explorer.getLocalizedLabel());
        assertEquals(cy ? "Pyramid poblogaeth" : "Population pyramid",
                part("cymru.croeso.ui.part.pyramid").getLocalizedLabel());
        TreeItem areas = ((ProjectExplorerPart) explorer.getObject()).getViewer().getTree().getItem(0).getItem(0);
        assertEquals(cy ? "Ardaloedd (22)" : "Areas (22)", areas.getText());
        assertTrue(progressLine().getCancelButton().getText().equals(cy ? "Canslo" : "Cancel"));
    }

    static void chooseLanguage(String language) throws Exception {
        withPreferences(dialog -> {
            dialog.getLanguage().select(language.equals("cy") ? 1 : 0);
            press(dialog, welsh() ? "Iawn" : "OK");
        });
        WorkbenchUiTest.spin(300);
    }

    /**
     * Opens Window › Preferences through its command, as the menu does, runs {@code steps} on the open dialog (they
     * must close it) and returns once it is closed.
     */
    private static void withPreferences(Consumer<PreferencesDialog> steps) throws Exception {
        Display display = Display.getCurrent();
        Throwable[] failure = new Throwable[1];
        Runnable[] poll = new Runnable[1];
        long deadline = System.currentTimeMillis() + 20_000;
        poll[0] = () -> {
            PreferencesDialog dialog = openDialog(display);
            if (dialog == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, poll[0]);
                }
                return;
            }
            try {
                steps.accept(dialog);
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                    dialog.close();
                }
            }
        };
        display.timerExec(300, poll[0]);
        WorkbenchUiTest.run(PREFERENCES);
        if (failure[0] instanceof Exception e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    private static PreferencesDialog openDialog(Display display) {
        for (Shell s : display.getShells()) {
            if (s.isVisible() && s.getData() instanceof PreferencesDialog dialog) {
                return dialog;
            }
        }
        return null;
    }

    private static void press(PreferencesDialog dialog, String label) {
        Button button = find(dialog.getShell(), label);
        assertNotNull(button, "no button " + label);
        button.notifyListeners(SWT.Selection, new Event());
        while (Display.getCurrent().readAndDispatch()) {
            // let the press take effect
        }
    }

    private static Button find(Composite parent, String label) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Button b && label.equals(b.getText())) {
                return b;
            }
            if (c instanceof Composite child) {
                Button found = find(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void shot(String name) {
        Shell dialogShell = Display.getCurrent().getActiveShell();
        for (Shell s : Display.getCurrent().getShells()) {
            if (s.isVisible() && s.getData() instanceof PreferencesDialog) {
                dialogShell = s;
            }
        }
        try {
            screenshot(name, dialogShell);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ProgressLine progressLine() {
        MToolControl control = (MToolControl) application().getContext().get(EModelService.class)
                .find("cymru.croeso.ui.progress", application());
        assertNotNull(control, "no status line in the window");
        return (ProgressLine) control.getObject();
    }

    private static LongWork<?> running() {
        var jobs = org.eclipse.core.runtime.jobs.Job.getJobManager().find(BoardPackHandler.FAMILY);
        assertEquals(1, jobs.length, "Ctrl+P started no board pack");
        return (LongWork<?>) jobs[0];
    }

    /** Runs the event loop (sleeping only when it is idle) until {@code done}, or fails after {@code seconds}. */
    private static void waitFor(BooleanSupplier done, int seconds) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + seconds + " s");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, WAKE);
                display.sleep();
            }
        }
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void restore(Path file, String content) throws Exception {
        if (content == null) {
            Files.deleteIfExists(file);
        } else {
            Files.writeString(file, content);
        }
    }

    /**
     * Asks the UI thread to run a tiny task every 10 ms and keeps the longest time between two of them: how long the
     * UI thread was ever busy with something else (no timing assertion; the figure goes into the report).
     */
    private static final class Heartbeat {
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        private final AtomicLong last = new AtomicLong(System.nanoTime());
        private final AtomicLong longest = new AtomicLong();

        private volatile boolean paused;
        private long lastGc = gcMillis();
        /** Milliseconds the JVM spent collecting garbage during the longest gap. */
        private long gcInLongest;

        /** A beat this late has the UI thread's stack sampled: half the 100 ms the UI thread may be blocked. */
        private static final long LATE_NANOS = 50_000_000L;
        private static final java.lang.management.ThreadMXBean UI_CPU = java.lang.management.ManagementFactory
                .getThreadMXBean();
        private long lastCpu = UI_CPU.getCurrentThreadCpuTime();
        private long cpuInLongest;

        /** What the UI thread was doing whenever a beat was more than 50 ms late, by its top frames. */
        private final Map<String, Integer> lateSamples = new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * The same beat kept by the UI thread's own 10 ms timer: a gap here is time the UI thread could not run its
         * event loop (work on it, a GC pause, or the OS not scheduling it), not time the ticker thread waited for a core.
         */
        private final Runnable timerBeat = new Runnable() {
            @Override
            public void run() {
                if (stopped) {
                    return;
                }
                long now = System.nanoTime();
                long gc = gcMillis();
                if (!paused && now - lastTimer > longestTimer) {
                    longestTimer = now - lastTimer;
                    gcInLongestTimer = gc - lastTimerGc;
                }
                lastTimer = now;
                lastTimerGc = gc;
                display.timerExec(10, this);
            }
        };
        private final Display display;
        private boolean stopped;
        private long lastTimer = System.nanoTime();
        private long lastTimerGc = gcMillis();
        private long longestTimer;
        private long gcInLongestTimer;

        Heartbeat(Display display) {
            this.display = display;
            display.timerExec(10, timerBeat);
            Thread ui = display.getThread();
            ticker.scheduleAtFixedRate(() -> {
                if (!paused && System.nanoTime() - last.get() > LATE_NANOS) {
                    StackTraceElement[] stack = ui.getStackTrace();
                    String top = Arrays.stream(stack).limit(6).map(f -> f.getClassName().replaceAll(".*\\.", "") + "."
                            + f.getMethodName()).collect(java.util.stream.Collectors.joining(" < "));
                    lateSamples.merge(top, 1, Integer::sum);
                }
            }, 25, 25, TimeUnit.MILLISECONDS);
            ticker.scheduleAtFixedRate(() -> display.asyncExec(() -> {
                long now = System.nanoTime();
                long gap = now - last.getAndSet(now);
                long gc = gcMillis();
                long cpu = UI_CPU.getCurrentThreadCpuTime();
                if (!paused && gap > longest.get()) {
                    longest.set(gap);
                    gcInLongest = gc - lastGc;
                    cpuInLongest = cpu - lastCpu;
                }
                lastGc = gc;
                lastCpu = cpu;
            }), 10, 10, TimeUnit.MILLISECONDS);
        }

        /** The longest gap between two beats of the UI thread's own timer, in nanoseconds, and the GC in it (ms). */
        long longestTimerGap() {
            return longestTimer;
        }

        long gcInLongestTimerGap() {
            return gcInLongestTimer;
        }

        long gcInLongest() {
            return gcInLongest;
        }

        /** Milliseconds of CPU the UI thread itself used during the longest gap (the rest it waited or was not scheduled). */
        double cpuInLongest() {
            return cpuInLongest / 1e6;
        }

        /** The UI thread's top frames seen most often while a beat was late, with how often (25 ms samples). */
        String lateFrames() {
            return lateSamples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
                    .map(e -> e.getValue() + "x " + e.getKey()).collect(java.util.stream.Collectors.joining("; "));
        }

        /** Looked up once: looking them up makes objects on the UI thread, which the beat should not do. */
        private static final List<java.lang.management.GarbageCollectorMXBean> COLLECTORS = java.lang.management.ManagementFactory
                .getGarbageCollectorMXBeans();

        private static long gcMillis() {
            long total = 0;
            for (var gc : COLLECTORS) {
                total += Math.max(0, gc.getCollectionTime());
            }
            return total;
        }

        void pause() {
            paused = true;
        }

        /** Counts again from the next beat, once the test's own work on the UI thread is done. */
        void resume() {
            while (Display.getCurrent().readAndDispatch()) {
                // the beats queued while paused are not gaps of the workbench's
            }
            last.set(System.nanoTime());
            lastTimer = System.nanoTime();
            lastCpu = UI_CPU.getCurrentThreadCpuTime();
            paused = false;
        }

        long stop() throws InterruptedException {
            // beats already queued run later (during the next screenshot): they must not replace the longest gap's
            // GC and CPU figures, which are read after stop
            paused = true;
            stopped = true;
            display.timerExec(-1, timerBeat);
            ticker.shutdownNow();
            ticker.awaitTermination(1, TimeUnit.SECONDS);
            return longest.get();
        }
    }
}
