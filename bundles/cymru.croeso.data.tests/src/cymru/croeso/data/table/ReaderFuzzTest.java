package cymru.croeso.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * Random and mutated files (flipped bytes, truncation, stray quotes and delimiters, huge numbers, damaged workbooks):
 * every outcome is either a valid table or a {@link TableFormatException} whose messages name the file; nothing
 * else escapes. Fixed seeds, so a failure can be replayed.
 */
class ReaderFuzzTest {
    private static final String[] NASTY = {"1e308", "1e400", "9".repeat(400), "-0", "1e-400", "0x10", "NaN",
        "-Infinity", "1,5", "", " ", "\"", "\"\"", "90+", "+", "é", "\uFEFF", "\t", ";", ",", "\r", "\n", "\r\n",
        "2147483648", "-1", "191", "101", "0", "F", "Male"};

    @Test
    void randomBytes() {
        Random random = new Random(20_111);
        for (int i = 0; i < 1_000; i++) {
            byte[] b = new byte[random.nextInt(400)];
            random.nextBytes(b);
            check("r" + i + ".csv", b);
        }
    }

    @Test
    void mutatedTextFiles() {
        Random random = new Random(345_442);
        String bristol = new String(TestFiles.resource(TestFiles.BRISTOL_POPN), StandardCharsets.UTF_8);
        String[] seeds = {TestFiles.small(",", "\n"), TestFiles.small("\t", "\r\n"), TestFiles.small(";", "\r"),
            bristol.substring(0, bristol.indexOf("E06000023,F,30,")),
            "GEOGRAPHY_CODE\tGENDER\tC_AGE\tOBS_VALUE\n\"W06000015\"\t\"1\"\t\"101\"\t2538\n\"W06000015\"\t\"2\"\t\"101\"\t2411\n",
            ",,GEOGRAPHY_CODE,HOUSEHOLD_TYPE,2014,2015\nWales ,Cardiff ,W06000015,All,147582.039185,149000.5\n"};
        for (int i = 0; i < 3_000; i++) {
            String seed = seeds[random.nextInt(seeds.length)];
            byte[] b = mutate(seed.getBytes(StandardCharsets.UTF_8), random);
            check("m" + i + ".csv", b);
        }
    }

    @Test
    void mutatedWorkbooks() throws Exception {
        Random random = new Random(7_412);
        byte[] good = XlsxReaderTest.toXlsx(TestFiles.small(",", "\n"), "S");
        check("good.xlsx", good);
        for (int i = 0; i < 150; i++) {
            byte[] b = good.clone();
            if (random.nextBoolean()) {
                b = Arrays.copyOf(b, 4 + random.nextInt(b.length - 4));
            } else {
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    b[4 + random.nextInt(b.length - 4)] = (byte) random.nextInt(256);
                }
            }
            check("w" + i + ".xlsx", b);
        }
    }

    @Test
    void hugeNumbersEverywhere() {
        for (String nasty : NASTY) {
            for (int column = 0; column < 5; column++) {
                String[] lines = TestFiles.small(",", "\n").split("\n");
                String[] f = lines[3].split(",");
                f[column] = nasty;
                lines[3] = String.join(",", f);
                check("h.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] mutate(byte[] b, Random random) {
        int kind = random.nextInt(6);
        switch (kind) {
            case 0 -> {
                return Arrays.copyOf(b, random.nextInt(b.length + 1));
            }
            case 1 -> {
                byte[] out = b.clone();
                for (int k = 0; k < 1 + random.nextInt(5); k++) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
                return out;
            }
            default -> {
                String s = new String(b, StandardCharsets.UTF_8);
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    int at = random.nextInt(s.length() + 1);
                    int to = Math.min(s.length(), at + random.nextInt(kind == 2 ? 12 : 3));
                    s = s.substring(0, at) + (kind == 3 ? "" : NASTY[random.nextInt(NASTY.length)]) + s.substring(to);
                }
                return s.getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Reads a file and checks the outcome is a sound table or a sound list of problems. */
    static void check(String name, byte[] content) {
        outcome(name, content, t -> { }, e -> { });
    }

    static void outcome(String name, byte[] content, Consumer<StatisticalTable> ok,
            Consumer<TableFormatException> rejected) {
        StatisticalTable table;
        try {
            table = TableFileReader.read(name, content);
        } catch (TableFormatException e) {
            assertFalse(e.problems().isEmpty(), name);
            assertTrue(e.problems().size() <= Problems.SHOWN, name);
            assertTrue(e.problemCount() >= e.problems().size(), name);
            for (String p : e.problems()) {
                assertTrue(p.startsWith(name + ":") && p.length() > name.length() + 3, () -> name + " → " + p);
            }
            rejected.accept(e);
            return;
        } catch (RuntimeException | Error e) {
            fail(name + " (" + content.length + " bytes) escaped as " + e, e);
            return;
        }
        assertTrue(table.size() > 0, name);
        assertTrue(Double.isFinite(table.total()) && table.total() >= 0, name);
        if (table instanceof LongTable t) {
            Set<String> keys = new HashSet<>();
            for (TableRow r : t.rows()) {
                assertTrue(keys.add(r.areaCode() + r.sex() + r.age() + "/" + r.year()), name);
                assertTrue(r.age() >= 0 && r.age() <= LongTableReader.MAX_AGE, name);
            }
            assertEquals(t.size(), keys.size());
        }
        ok.accept(table);
    }
}
