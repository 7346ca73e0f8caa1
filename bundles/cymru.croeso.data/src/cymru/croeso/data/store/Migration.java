package cymru.croeso.data.store;

import java.util.List;

/**
 * One step of the schema, applied once and recorded in {@code schema_version}. Statements must be safe to run again
 * (IF NOT EXISTS), because H2 commits DDL at once, so a step cut short is simply rerun.
 */
record Migration(int version, String description, List<String> statements) {

    Migration(int version, String description, String... statements) {
        this(version, description, List.of(statements));
    }
}
