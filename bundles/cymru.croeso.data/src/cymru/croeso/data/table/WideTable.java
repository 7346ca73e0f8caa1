package cymru.croeso.data.table;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** An immutable wide table (one column per year) read from one file, unpivoted into (area, category, year) rows. */
public final class WideTable implements StatisticalTable {
    private final String sourceName;
    private final String format;
    private final String areaColumn;
    private final String categoryColumn;
    private final List<WideTableRow> rows;

    /** @param categoryColumn the header of the category column, or {@code null} when the file has none */
    public WideTable(String sourceName, String format, String areaColumn, String categoryColumn,
            List<WideTableRow> rows) {
        this.sourceName = Objects.requireNonNull(sourceName);
        this.format = format;
        this.areaColumn = areaColumn;
        this.categoryColumn = categoryColumn;
        this.rows = List.copyOf(rows);
    }

    public List<WideTableRow> rows() {
        return rows;
    }

    @Override
    public String sourceName() {
        return sourceName;
    }

    @Override
    public TableLayout layout() {
        return TableLayout.STATSWALES_WIDE;
    }

    @Override
    public int size() {
        return rows.size();
    }

    public List<String> areaCodes() {
        TreeSet<String> codes = new TreeSet<>();
        rows.forEach(r -> codes.add(r.areaCode()));
        return List.copyOf(codes);
    }

    /** Categories in the order they first appear in the file. */
    public List<String> categories() {
        return rows.stream().map(WideTableRow::category).distinct().toList();
    }

    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.add(r.year()));
        return List.copyOf(years);
    }

    public WideTable filterArea(String areaCode) {
        return new WideTable(sourceName, format, areaColumn, categoryColumn,
                rows.stream().filter(r -> r.areaCode().equals(areaCode)).toList());
    }

    public WideTable filterCategory(String category) {
        return new WideTable(sourceName, format, areaColumn, categoryColumn,
                rows.stream().filter(r -> r.category().equals(category)).toList());
    }

    @Override
    public double total() {
        double sum = 0;
        for (WideTableRow r : rows) {
            sum += r.value();
        }
        return sum;
    }

    /** The columns the table was read from, e.g. {@code area=GEOGRAPHY_CODE, category=HOUSEHOLD_TYPE}. */
    public String columns() {
        return TableMessages.format("wide.columns", areaColumn,
                categoryColumn == null ? TableMessages.get("preview.none") : categoryColumn);
    }

    @Override
    public String describe() {
        List<Integer> years = years();
        return TableMessages.format("preview.wide", sourceName, layout().description(), FileFormat.shown(format),
                columns(), years.get(0), years.get(years.size() - 1), rows.size(), areaCodes().size(),
                categories().size(), TableNumbers.format(total()));
    }
}
