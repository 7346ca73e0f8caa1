package cymru.croeso.data.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a long table (one row per area, sex, age and year) from Nomis, ONS/GLA or a planner's own file, text or
 * {@code .xlsx}, and checks every cell; a file with any problem is rejected whole. A row that repeats an earlier
 * row's key and value is read once and counted ({@link LongTable#repeatedRows()}); a repeated key with another value
 * is an error.
 */
public final class LongTableReader {
    /** Oldest single year of age accepted; ONS publishes to 90+ (mid-year estimates) and 105+ (some projections). */
    public static final int MAX_AGE = 110;

    private final RawTable raw;
    private final Problems problems;
    private final int[] index = {-1, -1, -1, -1, -1};
    private boolean valueByElimination;
    private AgeCoding ageCoding = AgeCoding.SINGLE_YEAR;
    private final String[] why = new String[1];

    private LongTableReader(RawTable raw) {
        this.raw = raw;
        this.problems = new Problems(raw.fileName());
    }

    public static LongTable read(Path file) throws IOException, TableFormatException {
        return read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public static LongTable read(String fileName, InputStream in) throws IOException, TableFormatException {
        return read(fileName, in.readAllBytes());
    }

    public static LongTable read(String fileName, byte[] content) throws TableFormatException {
        return read(RawTables.parse(fileName, content));
    }

    static LongTable read(RawTable raw) throws TableFormatException {
        return new LongTableReader(raw).run();
    }

    private LongTable run() throws TableFormatException {
        matchHeader();
        problems.throwIfAny();
        ageCoding = detectAgeCoding();
        List<TableRow> rows = new ArrayList<>(raw.records().size());
        Map<RowKey, Integer> seen = new HashMap<>(raw.records().size() * 2);
        int[] fileRows = new int[raw.records().size()];
        int repeated = 0;
        for (RawTable.RawRecord record : raw.records()) {
            TableRow row = parse(record);
            if (row == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(new RowKey(row.areaCode(), row.sex(), row.age(), row.year()), rows.size());
            if (first == null) {
                fileRows[rows.size()] = record.row();
                rows.add(row);
            } else if (rows.get(first).value() == row.value()) {
                // Some publishers' extracts list every row twice (the GLA's domestic migration files): same table.
                repeated++;
            } else {
                problems.add(record.row(), name(LongColumn.AREA), TableMessages.format(
                        index[LongColumn.YEAR.ordinal()] >= 0 ? "long.duplicateInYear" : "long.duplicate",
                        fileRows[first], row.areaCode(), row.sex(), row.age(),
                        TableNumbers.format(rows.get(first).value()), TableNumbers.format(row.value()), row.year()));
            }
        }
        if (raw.records().isEmpty()) {
            problems.addFile(TableMessages.get("file.noRows"));
        }
        if (!problems.any()) {
            new CompletenessCheck(raw, problems, name(LongColumn.SEX), name(LongColumn.AGE)).check(rows, fileRows);
        }
        problems.throwIfAny();
        return new LongTable(raw.fileName(), layout(), mapping(), rows, repeated);
    }

    private record RowKey(String area, Sex sex, int age, int year) {
    }

    private void matchHeader() {
        List<String> header = raw.header();
        for (int i = 0; i < header.size(); i++) {
            for (LongColumn c : LongColumn.values()) {
                if (c.matches(header.get(i))) {
                    if (index[c.ordinal()] >= 0) {
                        problems.add(raw.headerRow(), header.get(i), TableMessages.format("header.ambiguous",
                                header.get(index[c.ordinal()]), header.get(i), c.label()));
                    } else {
                        index[c.ordinal()] = i;
                    }
                }
            }
        }
        if (index[LongColumn.VALUE.ordinal()] < 0) {
            index[LongColumn.VALUE.ordinal()] = remainingNumericColumn();
            valueByElimination = index[LongColumn.VALUE.ordinal()] >= 0;
        }
        for (LongColumn c : LongColumn.values()) {
            if (c != LongColumn.YEAR && index[c.ordinal()] < 0) {
                problems.add(raw.headerRow(), c.label(), TableMessages.format(
                        c == LongColumn.VALUE ? "header.missingValue" : "header.missing", c.label(),
                        String.join(", ", c.aliases()), String.join(", ", header)));
            }
        }
    }

    /** The one unmatched column whose first rows are all numbers, or -1 if there is none or more than one. */
    private int remainingNumericColumn() {
        int found = -1;
        for (int i = 0; i < raw.header().size(); i++) {
            if (isMatched(i) || raw.header().get(i).isBlank() || !looksNumeric(i)) {
                continue;
            }
            if (found >= 0) {
                return -1;
            }
            found = i;
        }
        return found;
    }

    private boolean isMatched(int column) {
        for (int i : index) {
            if (i == column) {
                return true;
            }
        }
        return false;
    }

    private boolean looksNumeric(int column) {
        int checked = 0;
        for (RawTable.RawRecord r : raw.records()) {
            if (checked++ == 10) {
                break;
            }
            if (column >= r.fields().length || Double.isNaN(Cells.parseValue(r.fields()[column], new String[1]))) {
                return false;
            }
        }
        return checked > 0;
    }

    /** Nomis codes ages 101…191; plain files use 0…110, so a column of ages all ≥ 101 can only be Nomis codes. */
    private AgeCoding detectAgeCoding() {
        int ageColumn = index[LongColumn.AGE.ordinal()];
        if (raw.header().get(ageColumn).equalsIgnoreCase("C_AGE")) {
            return AgeCoding.NOMIS_C_AGE;
        }
        for (RawTable.RawRecord r : raw.records()) {
            if (ageColumn >= r.fields().length || Cells.parseSmallInt(r.fields()[ageColumn].trim()) < AgeCoding.NOMIS_AGE_0) {
                return AgeCoding.SINGLE_YEAR;
            }
        }
        return raw.records().isEmpty() ? AgeCoding.SINGLE_YEAR : AgeCoding.NOMIS_C_AGE;
    }

    private TableRow parse(RawTable.RawRecord record) {
        String[] f = record.fields();
        int row = record.row();
        if (f.length != raw.header().size()) {
            problems.add(row, raw.columnName(Math.min(f.length, raw.header().size())),
                    TableMessages.format(FileFormat.isExcel(raw.format()) ? "row.widthExcel" : "row.widthText",
                            f.length, raw.header().size()));
            return null;
        }
        int before = problems.count();
        String area = field(f, LongColumn.AREA);
        String areaProblem = Cells.checkAreaCode(area);
        if (areaProblem != null) {
            problems.add(row, name(LongColumn.AREA), areaProblem);
        }
        String sexText = field(f, LongColumn.SEX);
        Sex sex = Sex.parse(sexText);
        if (sex == null) {
            problems.add(row, name(LongColumn.SEX), TableMessages.format("sex.unknown", Cells.shorten(sexText)));
        }
        int age = parseAge(field(f, LongColumn.AGE), row);
        int year = 0;
        if (index[LongColumn.YEAR.ordinal()] >= 0) {
            year = Cells.parseYear(field(f, LongColumn.YEAR), why);
            if (year < 0) {
                problems.add(row, name(LongColumn.YEAR), why[0]);
            }
        }
        double value = Cells.parseValue(field(f, LongColumn.VALUE), why);
        if (Double.isNaN(value)) {
            problems.add(row, name(LongColumn.VALUE), why[0]);
        }
        return problems.count() == before ? new TableRow(area, sex, age, year, value) : null;
    }

    private int parseAge(String text, int row) {
        String s = text.trim();
        if (ageCoding == AgeCoding.NOMIS_C_AGE) {
            int code = Cells.parseSmallInt(s);
            if (code >= AgeCoding.NOMIS_AGE_0 && code <= AgeCoding.NOMIS_LAST) {
                return code - AgeCoding.NOMIS_AGE_0;
            }
            problems.add(row, name(LongColumn.AGE), TableMessages.format("age.notNomis", Cells.shorten(s)));
            return -1;
        }
        String digits = s.endsWith("+") ? s.substring(0, s.length() - 1).trim() : s;
        int age = Cells.parseSmallInt(digits);
        if (age < 0) {
            problems.add(row, name(LongColumn.AGE), TableMessages.format("age.notSingle", Cells.shorten(s), MAX_AGE));
        } else if (age > MAX_AGE) {
            problems.add(row, name(LongColumn.AGE), TableMessages.format("age.outside", age, MAX_AGE));
            return -1;
        }
        return age;
    }

    private String field(String[] fields, LongColumn c) {
        return fields[index[c.ordinal()]].trim();
    }

    private String name(LongColumn c) {
        int i = index[c.ordinal()];
        return i >= 0 ? raw.header().get(i) : c.label();
    }

    private TableLayout layout() {
        boolean nomisNames = name(LongColumn.AREA).equalsIgnoreCase("GEOGRAPHY_CODE")
                && name(LongColumn.SEX).equalsIgnoreCase("GENDER");
        return ageCoding == AgeCoding.NOMIS_C_AGE || nomisNames ? TableLayout.NOMIS : TableLayout.ONS_LONG;
    }

    private HeaderMapping mapping() {
        int year = index[LongColumn.YEAR.ordinal()];
        return new HeaderMapping(raw.format(), name(LongColumn.AREA), name(LongColumn.SEX), name(LongColumn.AGE),
                year >= 0 ? raw.header().get(year) : null, name(LongColumn.VALUE), valueByElimination, ageCoding);
    }
}
