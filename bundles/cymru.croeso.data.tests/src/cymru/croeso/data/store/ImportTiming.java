package cymru.croeso.data.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.tools.Server;

import cymru.croeso.data.table.LongTable;
import cymru.croeso.data.table.TestFiles;

/**
 * Measures, by hand and outside the test run, the speed targets: the whole Nomis file imported in ≤ 2 s and
 * one area read back in ≤ 10 ms. Run its {@code main} with the fragment's class path; pass {@code tcp} to measure
 * against a local H2 server too.
 */
public final class ImportTiming {
    private ImportTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("croeso-timing");
        Path file = StoreFixture.write(dir, TestFiles.NOMIS);
        measure("file", StoreFixture.fileUrl(dir), file);
        if (args.length > 0 && args[0].equals("tcp")) {
            Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.resolve("server").toString(),
                    "-ifNotExists").start();
            try {
                measure("tcp", "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/croeso", file);
            } finally {
                server.stop();
            }
        }
    }

    private static void measure(String mode, String url, Path file) throws Exception {
        try (CroesoDatabase db = CroesoDatabase.open(url)) {
            TableImport imports = new TableImport(db);
            StatisticalTables tables = new StatisticalTables(db);
            // CPU time of this thread as well as wall time: on a shared machine the wall time mostly measures the
            // other processes; the first import of a fresh JVM is what one CLI call costs.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 1; i <= 5; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                imports.importFile("population", file, true);
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                System.out.printf("%s: import %d of the whole Nomis file (71,162 rows, replacing): %.0f ms wall, "
                        + "%.0f ms CPU%n", mode, i, (t1 - t0) / 1e6, (c1 - c0) / 1e6);
            }
            String[] areas = {"W06000015", "E09000001", "E06000023", "W06000001"};
            double worst = 0;
            double sum = 0;
            int n = 0;
            for (int i = 0; i < 2_000; i++) {
                long t0 = System.nanoTime();
                LongTable t = tables.readArea("population", areas[i % areas.length]);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (t.size() != 182) {
                    throw new IllegalStateException("expected 182 rows");
                }
                if (i >= 200) {
                    worst = Math.max(worst, ms);
                    sum += ms;
                    n++;
                }
            }
            System.out.printf("%s: one area read back (182 rows), after 200 warm-up reads: mean %.3f ms, max %.3f ms"
                    + " over %d reads%n", mode, sum / n, worst, n);
        }
    }
}
