package cymru.croeso.data.table;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/** An immutable long table (area, sex, age, year, value) read from one file, with the layout it was found in. */
public final class LongTable implements StatisticalTable {
    private final String sourceName;
    private final TableLayout layout;
    private final HeaderMapping mapping;
    private final List<TableRow> rows;
    private final int repeatedRows;

    public LongTable(String sourceName, TableLayout layout, HeaderMapping mapping, List<TableRow> rows) {
        this(sourceName, layout, mapping, rows, 0);
    }

    /** @param repeatedRows rows of the file that repeated an earlier row exactly (key and value) and were read once */
    public LongTable(String sourceName, TableLayout layout, HeaderMapping mapping, List<TableRow> rows,
            int repeatedRows) {
        if (repeatedRows < 0) {
            throw new IllegalArgumentException("repeated rows cannot be negative: " + repeatedRows);
        }
        this.sourceName = Objects.requireNonNull(sourceName);
        this.layout = Objects.requireNonNull(layout);
        this.mapping = Objects.requireNonNull(mapping);
        this.rows = List.copyOf(rows);
        this.repeatedRows = repeatedRows;
    }

    public List<TableRow> rows() {
        return rows;
    }

    @Override
    public String sourceName() {
        return sourceName;
    }

    @Override
    public TableLayout layout() {
        return layout;
    }

    /** How many rows of the file repeated an earlier row exactly (same key and value) and were read once. */
    public int repeatedRows() {
        return repeatedRows;
    }

    /** The note a preview shows about exact repeats, or an empty string when the file had none. */
    public String repeatedRowsNote() {
        return repeatedRows == 0 ? ""
                : TableMessages.format("preview.repeated", String.format(Locale.ROOT, "%,d", repeatedRows));
    }

    public HeaderMapping mapping() {
        return mapping;
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** The distinct area codes, sorted. */
    public List<String> areaCodes() {
        TreeSet<String> codes = new TreeSet<>();
        for (TableRow r : rows) {
            codes.add(r.areaCode());
        }
        return List.copyOf(codes);
    }

    /** The distinct years, sorted (just 0 when the file has no year column). */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        for (TableRow r : rows) {
            years.add(r.year());
        }
        return List.copyOf(years);
    }

    /**
     * The rows of one area, in file order, as a table of the same layout; the count of repeats describes the whole
     * file and is not carried over.
     */
    public LongTable filterArea(String areaCode) {
        return new LongTable(sourceName, layout, mapping,
                rows.stream().filter(r -> r.areaCode().equals(areaCode)).toList());
    }

    @Override
    public double total() {
        double sum = 0;
        for (TableRow r : rows) {
            sum += r.value();
        }
        return sum;
    }

    @Override
    public String describe() {
        List<Integer> years = years();
        return TableMessages.format("preview.long", sourceName, layout.description(),
                FileFormat.shown(mapping.format()),
                mapping.describe(), rows.size(), areaCodes().size(), years.equals(List.of(0))
                        ? TableMessages.get("preview.none")
                        : TableMessages.format("preview.years", years.get(0), years.get(years.size() - 1)),
                TableNumbers.format(total()))
                + (repeatedRows == 0 ? "" : "\n  " + repeatedRowsNote());
    }
}
