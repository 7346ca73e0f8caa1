package cymru.croeso.core.boardpack;

import java.util.ArrayList;
import java.util.List;

import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.export.pack.BoardPackContent.Service;
import cymru.croeso.export.pack.BoardPackContent.ServiceTable;

/**
 * The measures a board reads first, over every area of the project, for the Summary (base and horizon) and the
 * Comparison (each scenario at the last year they share): residents, those born outside the UK, children,
 * working age, 65+, the old-age dependency ratio, and each service's demand.
 *
 * <p>Counts of single origin groups across areas are left out on purpose: an all-areas total of, say, refugees
 * would be one more total next to the Population sheet's per-area tables, from which a suppressed area's figure
 * could be worked out. Born outside the UK is safe: in each area it is the grand total less the UK-born row,
 * both already published.
 */
final class PackMeasures {
    /** 0–15: children, the band of the ONS old-age dependency ratio's young people. */
    static final AgeBand CHILDREN = new AgeBand(0, 15);
    /** Dependency is shown per 1,000 people of working age, as ONS publishes it. */
    static final double PER = 1000;

    private final PackWords words;
    private final boolean[] ukBorn;

    /** A measure's name, whether it counts people, and its value in a year. */
    record Measure(String name, boolean count, YearValue value) {
    }

    interface YearValue {
        double in(int year);
    }

    PackMeasures(PackWords words, boolean[] ukBorn) {
        this.words = words;
        this.ukBorn = ukBorn.clone();
    }

    List<Measure> of(ProjectionResult result, List<ServiceTable> services) {
        ProjectionSummary summary = new ProjectionSummary(result);
        int all = ProjectionSummary.ALL;
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure(words.get("measure.total"), true, y -> summary.total(y, all, all, AgeBand.ALL_AGES)));
        measures.add(new Measure(words.get("measure.bornAbroad"), true, y -> bornAbroad(summary, y)));
        measures.add(new Measure(words.get("measure.bornAbroadShare"), false,
                y -> 100 * bornAbroad(summary, y) / summary.total(y, all, all, AgeBand.ALL_AGES)));
        measures.add(new Measure(words.get("measure.children"), true, y -> summary.total(y, all, all, CHILDREN)));
        measures.add(new Measure(words.get("measure.workingAge"), true, y -> summary.workingAge(y, all)));
        measures.add(new Measure(words.get("measure.older"), true, y -> summary.total(y, all, all, AgeBand.OLD_AGE)));
        measures.add(new Measure(words.get("measure.dependency"), false, y -> PER * summary.oldAgeDependencyRatio(y, all)));
        for (Service s : Service.values()) {
            measures.add(new Measure(words.get("measure." + s.name()), true,
                    y -> ServiceTables.demandIn(services, s, y)));
        }
        return measures;
    }

    private double bornAbroad(ProjectionSummary summary, int year) {
        double sum = 0;
        for (int g = 0; g < ukBorn.length; g++) {
            if (!ukBorn[g]) {
                sum += summary.total(year, ProjectionSummary.ALL, g, AgeBand.ALL_AGES);
            }
        }
        return sum;
    }
}
