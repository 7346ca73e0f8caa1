package cymru.croeso.engine.services;

import java.util.ArrayList;
import java.util.List;

/**
 * A service's results as rows for a CSV file: key columns (always starting with {@code area_code}), then
 * {@code year}, then value columns. Flags are values 1 (set) or 0.
 */
public record DemandTable(List<String> keyColumns, List<String> valueColumns, List<Row> rows) {

    public DemandTable {
        keyColumns = List.copyOf(keyColumns);
        valueColumns = List.copyOf(valueColumns);
        rows = List.copyOf(rows);
    }

    /** The header: key columns, {@code year}, value columns. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(keyColumns);
        columns.add("year");
        columns.addAll(valueColumns);
        return columns;
    }

    /** One row: its keys (as many as key columns), its year and its values (as many as value columns). */
    public record Row(List<String> keys, int year, double[] values) {

        public Row {
            keys = List.copyOf(keys);
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public double value(int column) {
            return values[column];
        }
    }
}
