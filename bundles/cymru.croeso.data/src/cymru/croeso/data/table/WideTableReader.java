package cymru.croeso.data.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a StatsWales-style wide table (an area code column, an optional category column such as
 * {@code HOUSEHOLD_TYPE}, then one column per year), text or {@code .xlsx}; other columns (names, "Wales") are
 * ignored. A file with any problem is rejected whole.
 */
public final class WideTableReader {
    private static final Set<String> CATEGORY_ALIASES = Set.of("household_type", "household type", "category",
            "type");

    private WideTableReader() {
    }

    public static WideTable read(Path file) throws IOException, TableFormatException {
        return read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public static WideTable read(String fileName, InputStream in) throws IOException, TableFormatException {
        return read(fileName, in.readAllBytes());
    }

    public static WideTable read(String fileName, byte[] content) throws TableFormatException {
        return read(RawTables.parse(fileName, content));
    }

    /** True when the header has a column named like a year (e.g. 2014) and no age column: a wide table. */
    static boolean looksWide(RawTable raw) {
        boolean yearColumn = false;
        for (String h : raw.header()) {
            if (LongColumn.AGE.matches(h)) {
                return false;
            }
            yearColumn |= yearOf(h) > 0;
        }
        return yearColumn;
    }

    static WideTable read(RawTable raw) throws TableFormatException {
        Problems problems = new Problems(raw.fileName());
        List<String> header = raw.header();
        int area = -1;
        int category = -1;
        List<Integer> yearColumns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (LongColumn.AREA.matches(h)) {
                area = i;
            } else if (CATEGORY_ALIASES.contains(h.toLowerCase(Locale.ROOT))) {
                category = i;
            } else if (yearOf(h) > 0) {
                yearColumns.add(i);
            }
        }
        if (area < 0) {
            problems.add(raw.headerRow(), LongColumn.AREA.label(), TableMessages.format("header.missing",
                    LongColumn.AREA.label(), String.join(", ", LongColumn.AREA.aliases()), String.join(", ", header)));
        }
        if (yearColumns.isEmpty()) {
            problems.add(raw.headerRow(), LongColumn.YEAR.label(), TableMessages.get("header.noYears"));
        }
        if (raw.records().isEmpty()) {
            problems.addFile(TableMessages.get("file.noRows"));
        }
        problems.throwIfAny();
        List<WideTableRow> rows = new ArrayList<>(raw.records().size() * yearColumns.size());
        Map<String, Integer> seen = new HashMap<>();
        String[] why = new String[1];
        for (RawTable.RawRecord record : raw.records()) {
            String[] f = record.fields();
            if (f.length != header.size()) {
                problems.add(record.row(), raw.columnName(Math.min(f.length, header.size())),
                        TableMessages.format("row.widthWide", f.length, header.size()));
                continue;
            }
            String code = f[area].trim();
            String areaProblem = Cells.checkAreaCode(code);
            if (areaProblem != null) {
                problems.add(record.row(), header.get(area), areaProblem);
            }
            String cat = category >= 0 ? f[category].trim() : "All";
            if (cat.isEmpty()) {
                problems.add(record.row(), header.get(category), TableMessages.get("category.missing"));
            }
            Integer first = seen.putIfAbsent(code + "\u0000" + cat, record.row());
            if (first != null) {
                problems.add(record.row(), header.get(area), category >= 0
                        ? TableMessages.format("wide.duplicateCategory", first, code, header.get(category), cat)
                        : TableMessages.format("wide.duplicate", first, code));
            }
            for (int c : yearColumns) {
                double v = Cells.parseValue(f[c], why);
                if (Double.isNaN(v)) {
                    problems.add(record.row(), header.get(c), why[0]);
                } else {
                    rows.add(new WideTableRow(code, cat, yearOf(header.get(c)), v));
                }
            }
        }
        problems.throwIfAny();
        return new WideTable(raw.fileName(), raw.format(), header.get(area), category >= 0 ? header.get(category)
                : null, rows);
    }

    /** The year a header names ({@code 2014}), or -1. */
    private static int yearOf(String header) {
        String h = header.trim();
        if (h.length() != 4) {
            return -1;
        }
        int y = Cells.parseSmallInt(h);
        return y >= Cells.FIRST_YEAR && y <= Cells.LAST_YEAR ? y : -1;
    }
}
