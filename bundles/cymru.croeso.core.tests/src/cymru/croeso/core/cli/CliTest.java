package cymru.croeso.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CliTest extends CliTestBase {

    private int run(CliCommand extra, String... argv) {
        return cli(extra == null ? Cli.standardCommands() : List.of(Cli.standardCommands().get(0), extra), argv);
    }

    @Test
    void pyramidWritesCardiffsMid2011PopulationAsPublished() throws Exception {
        Path csv = dir.resolve("cardiff.csv");
        assertEquals(Cli.OK, run(null, "pyramid", "--area", "W06000015", "--out", csv.toString()));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("area_code,sex,age,population", lines.get(0));
        assertEquals(182, lines.size() - 1);
        double total = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[3])).sum();
        // ONS mid-2011 estimate for Cardiff as quoted with the data: 345,442
        assertEquals(345_442, total, 0.0);
        assertEquals("W06000015,M,0,2538", lines.get(1));
        assertTrue(lines.get(182).startsWith("W06000015,F,90,"));
    }

    @Test
    void anUnknownAreaIsAUserErrorThatSaysWhatToDo() {
        assertEquals(Cli.USER_ERROR, run(null, "pyramid", "--area", "W99999999", "--out", dir.resolve("x.csv").toString()));
        assertTrue(err().contains("W99999999") && err().contains("W06000015"), err());
        assertEquals(1, err().lines().count(), "a user error is one line");
    }

    @Test
    void missingAndUnknownOptionsAreUserErrors() {
        assertEquals(Cli.USER_ERROR, run(null, "pyramid", "--area", "W06000015"));
        assertTrue(err().contains("--out"), err());
        assertEquals(Cli.USER_ERROR, run(null, "pyramid", "--area", "W06000015", "--out", "x.csv", "--colour", "red"));
        assertTrue(err().contains("--colour"), err());
        assertEquals(Cli.USER_ERROR, run(null, "frobnicate"));
    }

    @Test
    void anInternalErrorExitsWithTwoAndNamesTheLog() throws Exception {
        CliCommand broken = new CliCommand() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String usage() {
                return "broken";
            }

            @Override
            public int run(Args args, PrintStream o) {
                throw new IllegalStateException("boom");
            }
        };
        assertEquals(Cli.INTERNAL_ERROR, run(broken, "broken"));
        Path log = dir.resolve("logs/cli.log");
        assertTrue(err().contains(log.toString()), err());
        assertTrue(Files.readString(log).contains("IllegalStateException: boom"));
    }

    @Test
    void helpListsTheCommandsAndVersionPrintsIt() {
        assertEquals(Cli.OK, run(null, "--help"));
        assertTrue(out().contains("pyramid --area"));
        clearOutput();
        assertEquals(Cli.OK, run(null, "--version"));
        assertEquals("Croeso 9.9", out().trim());
    }

    @Test
    void messagesFollowTheLocale() {
        Locale.setDefault(Locale.forLanguageTag("cy"));
        assertEquals(Cli.USER_ERROR, run(null, "frobnicate"));
        assertTrue(err().startsWith("gorchymyn anhysbys"), err());
    }

    @Test
    void wholeNumbersAreWrittenWithoutADecimalPoint() {
        assertEquals("2538", CsvNumbers.format(2538.0));
        assertEquals("0.1", CsvNumbers.format(0.1));
        assertEquals("-3.25", CsvNumbers.format(-3.25));
    }
}
