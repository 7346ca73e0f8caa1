package cymru.croeso.engine.services;

import java.util.ArrayList;
import java.util.List;

/** The measures of a service by area and year in one flat array, shared by the area-level results. */
final class AreaYearValues {
    private final List<String> areaCodes;
    private final List<String> columns;
    private final int firstYear;
    private final int years;
    private final double[] values;

    AreaYearValues(List<String> areaCodes, List<String> columns, int firstYear, int years) {
        this.areaCodes = areaCodes;
        this.columns = columns;
        this.firstYear = firstYear;
        this.years = years;
        this.values = new double[years * areaCodes.size() * columns.size()];
    }

    /** Values for every measure of {@code measures}, zero to start with, columns named after the measures. */
    static <M extends Enum<M> & DemandColumn> AreaYearValues of(Class<M> measures, List<String> areaCodes,
            int firstYear, int years) {
        List<String> columns = new ArrayList<>();
        for (M m : measures.getEnumConstants()) {
            columns.add(m.column());
        }
        return new AreaYearValues(areaCodes, columns, firstYear, years);
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return firstYear + years - 1;
    }

    void set(int yearIndex, int area, int measure, double value) {
        values[(yearIndex * areaCodes.size() + area) * columns.size() + measure] = value;
    }

    double get(int year, int area, int measure) {
        if (year < firstYear || year > lastYear()) {
            throw new IllegalArgumentException("year " + year + " is outside " + firstYear + " … " + lastYear());
        }
        return values[((year - firstYear) * areaCodes.size() + area) * columns.size() + measure];
    }

    /** One row per area and year, areas in projection order, years ascending. */
    DemandTable table() {
        int m = columns.size();
        List<DemandTable.Row> rows = new ArrayList<>();
        for (int a = 0; a < areaCodes.size(); a++) {
            for (int y = 0; y < years; y++) {
                double[] v = new double[m];
                System.arraycopy(values, (y * areaCodes.size() + a) * m, v, 0, m);
                rows.add(new DemandTable.Row(List.of(areaCodes.get(a)), firstYear + y, v));
            }
        }
        return new DemandTable(List.of("area_code"), columns, rows);
    }
}
