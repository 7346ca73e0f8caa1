package cymru.croeso.data.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cymru.croeso.data.table.Sex;
import cymru.croeso.data.table.TableRow;

/** The values of one area, year and sex for consecutive ages, the unit in which long tables are stored. */
record AgeVector(String areaCode, int year, Sex sex, int firstAge, double[] values) {

    private record Key(String areaCode, int year, Sex sex) {
    }

    /**
     * Groups rows into vectors. The readers guarantee each group's ages run without gaps or repeats; a table built
     * in code that breaks this is refused before anything is written.
     */
    static List<AgeVector> of(List<TableRow> rows) {
        Map<Key, List<TableRow>> groups = new LinkedHashMap<>();
        for (TableRow r : rows) {
            groups.computeIfAbsent(new Key(r.areaCode(), r.year(), r.sex()), k -> new ArrayList<>()).add(r);
        }
        List<AgeVector> out = new ArrayList<>(groups.size());
        for (Map.Entry<Key, List<TableRow>> e : groups.entrySet()) {
            List<TableRow> g = e.getValue();
            int first = g.stream().mapToInt(TableRow::age).min().orElseThrow();
            int last = g.stream().mapToInt(TableRow::age).max().orElseThrow();
            double[] values = new double[last - first + 1];
            boolean[] seen = new boolean[values.length];
            for (TableRow r : g) {
                if (seen[r.age() - first]) {
                    throw new IllegalArgumentException("two rows for " + e.getKey() + " age " + r.age());
                }
                seen[r.age() - first] = true;
                values[r.age() - first] = r.value();
            }
            if (g.size() != values.length) {
                throw new IllegalArgumentException("ages " + first + "…" + last + " of " + e.getKey() + " have gaps");
            }
            Key k = e.getKey();
            out.add(new AgeVector(k.areaCode(), k.year(), k.sex(), first, values));
        }
        return out;
    }

    Double[] boxedValues() {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
