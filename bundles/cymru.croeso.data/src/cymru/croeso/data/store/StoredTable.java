package cymru.croeso.data.store;

import java.time.OffsetDateTime;

import cymru.croeso.data.table.TableLayout;

/**
 * What the store records about one imported table: where it came from, when, and what it holds.
 *
 * @param sha256 checksum of the source file's bytes, so a planner can tell whether a file has changed since
 * @param mapping for long tables {@link cymru.croeso.data.table.HeaderMapping#toStored()}; for wide ones a
 *            description of the columns
 */
public record StoredTable(long id, String name, String sourceFile, String sha256, OffsetDateTime importedAt,
        TableLayout layout, String mapping, int rowCount, double total) {
}
