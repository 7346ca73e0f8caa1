package cymru.croeso.export.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import cymru.croeso.export.disclosure.DisclosureRule;

/**
 * Opens the pack in LibreOffice (headless), prints it to PDF and renders the first page, as an officer's
 * spreadsheet program would. Skipped where LibreOffice or pdftoppm is not installed; the rendered pages are left in
 * target/libreoffice-render for a person to look at.
 */
class LibreOfficeRenderTest {
    @Test
    void thePackOpensPrintsAndRendersInLibreOffice() throws Exception {
        assumeTrue(onPath("soffice") && onPath("pdftoppm"), "LibreOffice (soffice) and pdftoppm are not installed");
        Path dir = Path.of("target", "libreoffice-render").toAbsolutePath();
        Files.createDirectories(dir);
        Path pack = dir.resolve("pack.xlsx");
        new BoardPackWriter(Locale.ENGLISH, DisclosureRule.DEFAULT).write(SampleContent.of(1, List.of("Central",
                "High arrivals")), pack);
        run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to",
                "pdf", "--outdir", dir.toString(), pack.toString());
        Path pdf = dir.resolve("pack.pdf");
        assertTrue(Files.size(pdf) > 10_000, "LibreOffice printed the pack");
        run(dir, "pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", pdf.toString(), dir.resolve("page").toString());
        File page = Files.list(dir).map(Path::toFile).filter(f -> f.getName().startsWith("page") && f.getName()
                .endsWith(".png")).findFirst().orElseThrow();
        BufferedImage image = ImageIO.read(page);
        // landscape A4 at 50 dpi: 11.69 × 8.27 in → 585 × 414 pixels
        assertTrue(image.getWidth() > image.getHeight(), "page 1 prints landscape");
        assertEquals(585, image.getWidth(), 2);
        assertTrue(inked(image) > 100, "page 1 has text on it");
    }

    private static int inked(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("command.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            assumeTrue(false, "the command did not finish in 3 minutes: " + String.join(" ", command));
        }
        assertEquals(0, p.exitValue(), String.join(" ", command));
    }
}
