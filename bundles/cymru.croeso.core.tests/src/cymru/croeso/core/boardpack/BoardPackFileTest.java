package cymru.croeso.core.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.export.disclosure.DisclosureRule;
import cymru.croeso.model.Project;

/** The board pack written into a folder as Ctrl+P writes it: named, never overwriting, and nothing left on cancel. */
class BoardPackFileTest {
    static final LocalDate DATE = LocalDate.of(2026, 5, 1);
    static Project sample;

    @TempDir
    Path folder;

    @BeforeAll
    static void sample() {
        sample = SampleProject.cymru();
    }

    private BoardPackFile pack(Path into, String language) {
        return new BoardPackFile(sample, List.of("principal", "high-migration"), into, language, DisclosureRule.DEFAULT,
                DATE);
    }

    @Test
    void thePackIsWrittenUnderItsNameWithEveryStepReported() throws Exception {
        Steps steps = new Steps(-1);
        Path into = folder.resolve("not yet made");
        Optional<Path> written = pack(into, "en").write(steps);
        assertEquals(Optional.of(into.resolve("Cymru board pack - Principal - 2026-05-01.xlsx")), written);
        // two scenarios, then assembling, then writing: four units, each reported once
        assertEquals(4, steps.total);
        assertEquals(4, steps.worked);
        assertEquals(List.of("Running scenario \"Principal\"", "Running scenario \"High migration\"",
                "Services, indicators and comparison", "Writing the workbook"), steps.subTasks);
        try (InputStream in = Files.newInputStream(written.get()); Workbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertTrue(sheets.containsAll(List.of("Cover", "Summary", "Population", "Comparison")), sheets.toString());
        }
        assertEquals(List.of(written.get()), files(into), "only the pack is left in the folder");
    }

    @Test
    void aSecondPackOnTheSameDayGetsANumberNotTheFirstOnesName() throws Exception {
        Path first = Files.writeString(folder.resolve("Cymru board pack - Principal - 2026-05-01.xlsx"), "an older pack");
        Path second = pack(folder, "en").write(new BasicMonitor()).orElseThrow();
        assertEquals(folder.resolve("Cymru board pack - Principal - 2026-05-01 (2).xlsx"), second);
        assertEquals("an older pack", Files.readString(first));
    }

    @Test
    void aWelshPackHasAWelshName() throws Exception {
        Path written = pack(folder, "cy").write(new BasicMonitor()).orElseThrow();
        assertEquals("Pecyn bwrdd Cymru - Principal - 2026-05-01.xlsx", written.getFileName().toString());
    }

    @Test
    void cancellingAtAnyStepLeavesNothingInTheFolder() throws Exception {
        // cancel after 0, 1, 2 and 3 units: before the first run, between the runs, before and after assembling
        for (int after = 0; after <= 3; after++) {
            Path into = folder.resolve("cancel-" + after);
            Files.createDirectories(into);
            assertEquals(Optional.empty(), pack(into, "en").write(new Steps(after)), "cancelled after " + after);
            assertEquals(List.of(), files(into), "cancelled after " + after + " unit(s)");
        }
    }

    @Test
    void cancellingWhileTheWorkbookIsWrittenLeavesNoPartialFile() throws Exception {
        Steps steps = new Steps(-1) {
            @Override
            public void subTask(String name) {
                super.subTask(name);
                if (name.startsWith("Writing")) {
                    setCanceled(true);
                }
            }
        };
        assertEquals(Optional.empty(), pack(folder, "en").write(steps));
        assertEquals("Writing the workbook", steps.subTasks.get(steps.subTasks.size() - 1));
        assertEquals(List.of(), files(folder));
    }

    @Test
    void namesLoseCharactersFileSystemsRefuse() {
        assertEquals("A-B board pack - Now- or -never- - 2026-05-01",
                BoardPackFile.fileName("A/B", "Now? or \"never\"", DATE, "en"));
        assertThrows(IllegalArgumentException.class, () -> pack(folder, "fr"));
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    /** Records the steps and cancels itself once {@code cancelAfter} units are done (never when negative). */
    private static class Steps extends BasicMonitor {
        final int cancelAfter;
        final List<String> subTasks = new ArrayList<>();
        int total;
        int worked;

        Steps(int cancelAfter) {
            this.cancelAfter = cancelAfter;
            if (cancelAfter == 0) {
                setCanceled(true);
            }
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void subTask(String name) {
            subTasks.add(name);
        }

        @Override
        public void worked(int work) {
            worked += work;
            if (worked == cancelAfter) {
                setCanceled(true);
            }
        }
    }
}
