package cymru.croeso.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.data.table.TestFiles;

/**
 * A team's shared H2 server ({@code jdbc:h2:tcp://}): two clients with their own connections import at the same
 * moment, and no row is lost or duplicated.
 */
class SharedServerTest {
    @TempDir
    Path dir;

    @Test
    void twoClientsImportIntoOneServer() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.resolve("server").toString(),
                "-ifNotExists").start();
        try {
            String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/croeso";
            Path nomis = StoreFixture.write(dir, TestFiles.NOMIS);
            Path bristol = StoreFixture.write(dir, TestFiles.BRISTOL_POPN);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> results = new ArrayList<>();
            for (Path file : List.of(nomis, bristol)) {
                results.add(pool.submit(() -> {
                    together.await();
                    try (CroesoDatabase db = CroesoDatabase.open(url)) {
                        TableImport imports = new TableImport(db);
                        String name = file == nomis ? "uk-2011" : "bristol";
                        imports.importFile(name, file, false);
                        together.await();
                        // both now race for the same name: exactly one may win
                        try {
                            imports.importFile("shared", file, false);
                            return "won";
                        } catch (StoreException | java.sql.SQLException e) {
                            return "lost: " + e.getMessage();
                        }
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            pool.shutdown();
            System.out.println(outcomes);
            assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
            try (CroesoDatabase db = CroesoDatabase.open(url)) {
                StatisticalTables tables = new StatisticalTables(db);
                assertEquals(71_162, tables.readLong("uk-2011").size());
                assertEquals(2_548, tables.readLong("bristol").size());
                int shared = tables.readLong("shared").size();
                assertEquals(true, shared == 71_162 || shared == 2_548);
                assertEquals(71_162 + 2_548 + shared, (int) StoreFixture.sum(db, "SELECT COUNT(*) FROM table_cell"));
                assertEquals(345_442, tables.readArea("uk-2011", "W06000015").total());
                assertEquals(3, db.schemaVersion());
            }
        } finally {
            server.stop();
        }
    }
}
