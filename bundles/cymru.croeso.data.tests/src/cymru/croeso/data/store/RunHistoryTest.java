package cymru.croeso.data.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs are recorded once per set of inputs, listed newest first, reopened byte for byte and deleted. */
class RunHistoryTest {
    @TempDir
    Path dir;

    @Test
    void sameInputsAreRecordedOnce() throws Exception {
        try (CroesoDatabase db = CroesoDatabase.open(StoreFixture.fileUrl(dir))) {
            RunHistory runs = new RunHistory(db);
            String fp = new InputFingerprint().add("population", "W06000015").add("fertility", 1.8, 1.9).hex();
            String same = new InputFingerprint().add("population", "W06000015").add("fertility", 1.8, 1.9).hex();
            String other = new InputFingerprint().add("population", "W06000015").add("fertility", 1.8, 2.0).hex();
            assertEquals(fp, same);
            assertNotEquals(fp, other);
            byte[] outputs = "year,persons\n2012,346000\n".getBytes(StandardCharsets.UTF_8);
            ProjectionRunRecord first = runs.record("baseline", fp, "Cardiff baseline", outputs);
            ProjectionRunRecord again = runs.record("baseline", same, "ignored", new byte[1]);
            assertEquals(first, again);
            ProjectionRunRecord second = runs.record("baseline", other, "higher fertility", new byte[] {1, 2, 3});
            assertEquals(List.of(second.id(), first.id()), runs.list().stream().map(ProjectionRunRecord::id).toList());
            assertArrayEquals(outputs, runs.outputs(first.id()));
            assertEquals(outputs.length, first.outputsSize());
            assertEquals(first, runs.findByFingerprint("baseline", fp).orElseThrow());
            assertTrue(runs.findByFingerprint("high-migration", fp).isEmpty());
            assertTrue(runs.delete(first.id()));
            assertFalse(runs.delete(first.id()));
            assertEquals(List.of(second), runs.list());
        }
    }

    @Test
    void lengthPrefixKeepsPartsApart() {
        assertNotEquals(new InputFingerprint().add("a", "bc").hex(), new InputFingerprint().add("ab", "c").hex());
    }
}
