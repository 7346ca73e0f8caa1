package cymru.croeso.engine.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One historic table indexed by area and year into arrays [sex][age 0 … top], ages above the top folded into it.
 * Cells a table leaves out in a year it covers are zero; a repeated row must repeat its value (ONS extracts
 * sometimes list a row twice), a conflicting one is an error.
 */
final class IndexedTable {
    private final String name;
    private final int ages;
    private final Map<String, Map<Integer, double[]>> values = new HashMap<>();

    IndexedTable(String name, List<TableRow> rows, int topAge) {
        this.name = name;
        this.ages = topAge + 1;
        Map<String, Map<Integer, boolean[]>> seen = new HashMap<>();
        for (TableRow r : rows) {
            if (r.age() < 0) {
                throw new IllegalArgumentException(name + ": age " + r.age() + " for " + r.areaCode() + " " + r.year() + " is negative");
            }
            if (!(r.value() >= 0) || Double.isInfinite(r.value())) {
                throw new IllegalArgumentException(name + ": " + r.areaCode() + " " + r.sex().code() + " age " + r.age() + " "
                        + r.year() + " has value " + r.value() + "; counts must be finite and ≥ 0");
            }
            double[] cells = values.computeIfAbsent(r.areaCode(), k -> new HashMap<>())
                    .computeIfAbsent(r.year(), k -> new double[2 * ages]);
            boolean[] given = seen.computeIfAbsent(r.areaCode(), k -> new HashMap<>())
                    .computeIfAbsent(r.year(), k -> new boolean[2 * ages]);
            int folded = Math.min(r.age(), topAge);
            int cell = r.sex().ordinal() * ages + folded;
            // Exact repeats are dropped; ages beyond the top add into it, so track them apart.
            int key = r.age() > topAge ? -1 : cell;
            if (key >= 0 && given[key]) {
                if (cells[cell] != r.value()) {
                    throw new IllegalArgumentException(name + ": " + r.areaCode() + " " + r.sex().code() + " age " + r.age()
                            + " " + r.year() + " is given twice with different values (" + cells[cell] + " and "
                            + r.value() + "); keep one row");
                }
                continue;
            }
            if (key >= 0) {
                given[key] = true;
            }
            cells[cell] += r.value();
        }
    }

    String name() {
        return name;
    }

    Set<String> areas() {
        return new TreeSet<>(values.keySet());
    }

    boolean has(String area, int year) {
        return values.getOrDefault(area, Map.of()).containsKey(year);
    }

    /** Values of one area and year laid out [sex][age]; fails naming the table, area and year when there are none. */
    double[] year(String area, int year) {
        double[] v = values.getOrDefault(area, Map.of()).get(year);
        if (v == null) {
            throw new IllegalArgumentException(name + " has no rows for " + area + " in " + year
                    + "; add them or choose reference years the table covers");
        }
        return v;
    }

    /** The highest age any row gives, e.g. 90 for a table whose top group is 90+. */
    static int topAge(List<TableRow> rows) {
        int top = 0;
        for (TableRow r : rows) {
            top = Math.max(top, r.age());
        }
        return top;
    }
}
