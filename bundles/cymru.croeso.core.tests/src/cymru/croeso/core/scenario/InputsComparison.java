package cymru.croeso.core.scenario;

import java.util.Arrays;

import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.MigrationRule;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.YearSeries;

/** Lists the engine-input arrays that differ between two runs' inputs in a year, cell by cell, for the tests. */
final class InputsComparison {

    private InputsComparison() {
    }

    /** Names of the inputs whose values in {@code year} differ in any cell, e.g. "INTERNATIONAL_IN/1". */
    static java.util.List<String> differencesIn(ProjectionInputs x, ProjectionInputs y, int year) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (!Arrays.equals(x.base().toArray(), y.base().toArray())) {
            out.add("base");
        }
        check(out, "fertility", x.fertility().rates(), y.fertility().rates(), year);
        check(out, "mortality", x.mortality().rates(), y.mortality().rates(), year);
        for (MigrationFlow flow : MigrationFlow.values()) {
            for (int g = 0; g < x.shape().groups(); g++) {
                check(out, flow + "/" + g, series(x.migration().rule(flow, g)), series(y.migration().rule(flow, g)), year);
            }
        }
        if (x.transitions().size() != y.transitions().size()) {
            out.add("transitions");
        } else {
            for (int i = 0; i < x.transitions().size(); i++) {
                check(out, "transition " + i, x.transitions().get(i).shares(), y.transitions().get(i).shares(), year);
            }
        }
        if (!specialIn(x, year).equals(specialIn(y, year))) {
            out.add("special flows");
        }
        return out;
    }

    /** Special flows active in the year as text "area/group/perYear", sorted. */
    static java.util.List<String> specialIn(ProjectionInputs in, int year) {
        return in.specialFlows().stream().filter(s -> year >= s.firstYear() && year <= s.lastYear())
                .map(s -> s.area() + "/" + s.group() + "/" + s.perYear()).sorted().toList();
    }

    private static YearSeries series(MigrationRule rule) {
        return switch (rule) {
            case null -> null;
            case MigrationRule.Counts c -> c.counts();
            case MigrationRule.ScheduledTotal s -> s.totals();
            case MigrationRule.Rate r -> r.rates();
        };
    }

    private static void check(java.util.List<String> out, String what, YearSeries x, YearSeries y, int year) {
        if (x == null || y == null) {
            if (x != y) {
                out.add(what);
            }
        } else if (!Arrays.equals(x.valuesIn(year), y.valuesIn(year))) {
            out.add(what);
        }
    }
}
