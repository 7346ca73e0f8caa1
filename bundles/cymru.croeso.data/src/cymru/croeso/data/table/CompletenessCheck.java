package cymru.croeso.data.table;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds missing ages or sexes in a long table: every area and year must have the same sex-and-age cells, both sexes
 * (when both appear) the same ages, and each sex's ages must run without gaps.
 */
final class CompletenessCheck {
    private static final int PER_SEX = LongTableReader.MAX_AGE + 1;

    private final RawTable raw;
    private final Problems problems;
    private final String sexColumn;
    private final String ageColumn;

    CompletenessCheck(RawTable raw, Problems problems, String sexColumn, String ageColumn) {
        this.raw = raw;
        this.problems = problems;
        this.sexColumn = sexColumn;
        this.ageColumn = ageColumn;
    }

    private record Group(String area, int year) {
    }

    /** @param fileRows the file row of each entry of {@code rows}, for messages */
    void check(List<TableRow> rows, int[] fileRows) {
        Map<Group, BitSet> groups = new LinkedHashMap<>();
        BitSet all = new BitSet(2 * PER_SEX);
        for (TableRow r : rows) {
            int cell = cell(r.sex(), r.age());
            groups.computeIfAbsent(new Group(r.areaCode(), r.year()), g -> new BitSet(2 * PER_SEX)).set(cell);
            all.set(cell);
        }
        int headerRow = raw.headerRow();
        checkAgesRun(all, Sex.M, headerRow);
        checkAgesRun(all, Sex.F, headerRow);
        BitSet m = all.get(0, PER_SEX);
        BitSet f = all.get(PER_SEX, 2 * PER_SEX);
        if (!m.isEmpty() && !f.isEmpty() && !m.equals(f)) {
            BitSet diff = (BitSet) m.clone();
            diff.xor(f);
            int age = diff.nextSetBit(0);
            problems.add(headerRow, ageColumn,
                    TableMessages.format(m.get(age) ? "complete.onlyMales" : "complete.onlyFemales", age));
        }
        for (Map.Entry<Group, BitSet> e : groups.entrySet()) {
            if (!e.getValue().equals(all)) {
                BitSet missing = (BitSet) all.clone();
                missing.andNot(e.getValue());
                int cell = missing.nextSetBit(0);
                Group g = e.getKey();
                String what = TableMessages.format(g.year() != 0 ? "complete.missingInYear" : "complete.missing",
                        g.area(), cell < PER_SEX ? Sex.M : Sex.F, cell % PER_SEX, g.year());
                if (missing.cardinality() > 1) {
                    what += " " + TableMessages.format("complete.moreMissing", missing.cardinality() - 1);
                }
                problems.add(lastRowOf(rows, fileRows, g), cell < PER_SEX ? ageColumn : sexColumn, what);
            }
        }
    }

    private void checkAgesRun(BitSet all, Sex sex, int headerRow) {
        int from = sex == Sex.M ? 0 : PER_SEX;
        int first = all.nextSetBit(from);
        if (first < 0 || first >= from + PER_SEX) {
            return;
        }
        int last = all.previousSetBit(from + PER_SEX - 1);
        int gap = all.nextClearBit(first);
        if (gap < last) {
            problems.add(headerRow, ageColumn,
                    TableMessages.format("complete.ageGap", sex, gap - from, first - from, last - from));
        }
    }

    /** The file row of the group's last data row, so the planner is pointed near where the gap is. */
    private int lastRowOf(List<TableRow> rows, int[] fileRows, Group g) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            TableRow r = rows.get(i);
            if (r.areaCode().equals(g.area()) && r.year() == g.year()) {
                return fileRows[i];
            }
        }
        return raw.headerRow();
    }

    private static int cell(Sex sex, int age) {
        return (sex == Sex.M ? 0 : PER_SEX) + age;
    }
}
