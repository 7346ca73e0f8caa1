package cymru.croeso.engine.solver;

import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.CohortComponentProjection;
import cymru.croeso.engine.MigrationAssumption;
import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.MigrationRule;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.engine.YearSeries;

import java.util.function.DoubleUnaryOperator;

/**
 * The replacement-migration question (UN Population Division, "Replacement Migration", 2000), asked of a scenario:
 * what constant annual net international migration keeps the working-age population (16–64) at its base-year level
 * in a target year, or keeps the old-age dependency ratio (65+ per 16–64) at or below a value.
 *
 * <p>The scenario's own international in- and out-flows of every group are replaced by one net flow of N people a
 * year placed by a {@link NetMigrationPlacement}: an in-flow when N ≥ 0, an out-flow of |N| when N &lt; 0. Internal
 * migration, fertility, mortality, transitions and special flows stay as the scenario has them. The answer is then
 * the total net international migration the target needs, comparable with the scenario's own.
 *
 * <p>Both targets are monotone in N (see {@link MonotoneRoot}); the answer is within half a person a year of the
 * exact one. The search is limited to |N| ≤ 10 × the base population, beyond which no planning answer makes sense.
 */
public final class ReplacementMigration {

    /** The answer is no further than half of this from the exact level: the "within 1 person a year" of issue 7. */
    static final double WIDTH = 1;

    private final ProjectionInputs scenario;
    private final NetMigrationPlacement placement;
    private final MigrationAssumption withoutInternational;
    private final CohortComponentProjection projection;
    private final double limit;

    public ReplacementMigration(ProjectionInputs scenario, NetMigrationPlacement placement) {
        if (placement.group() < 0 || placement.group() >= scenario.shape().groups()) {
            throw new IllegalArgumentException("net migration goes to group " + placement.group() + ", which the scenario does not have");
        }
        if (placement.areaShares().length != scenario.shape().areas() || placement.schedule().ages() != scenario.shape().ages()) {
            throw new IllegalArgumentException("the net migration placement does not fit the scenario's areas and ages");
        }
        this.scenario = scenario;
        this.placement = placement;
        MigrationAssumption m = scenario.migration();
        for (int g = 0; g < scenario.shape().groups(); g++) {
            m = m.with(MigrationFlow.INTERNATIONAL_IN, g, null).with(MigrationFlow.INTERNATIONAL_OUT, g, null);
        }
        this.withoutInternational = m;
        this.projection = new CohortComponentProjection(scenario.shape(), scenario.years());
        this.limit = Math.max(1000, 10 * scenario.base().total());
    }

    /** The scenario with its international migration replaced by a constant net {@code perYear} people a year. */
    public ProjectionInputs inputsWith(double perYear) {
        MigrationAssumption m = withoutInternational;
        if (perYear != 0) {
            MigrationFlow flow = perYear > 0 ? MigrationFlow.INTERNATIONAL_IN : MigrationFlow.INTERNATIONAL_OUT;
            YearSeries counts = YearSeries.constant(placement.counts(scenario.shape(), perYear));
            m = m.with(flow, placement.group(), new MigrationRule.Counts(counts));
        }
        return new ProjectionInputs(scenario.base(), scenario.baseYear(), scenario.endYear(), scenario.fertility(),
                scenario.mortality(), m, scenario.transitions(), scenario.specialFlows());
    }

    /**
     * The level that keeps people aged 16–64 in {@code targetYear} at their base-year number.
     *
     * @param area one area or {@link ProjectionSummary#ALL}
     */
    public SolverAnswer keepWorkingAge(int targetYear, int area) {
        requireYear(targetYear);
        double target = summary(0).workingAge(scenario.baseYear(), area);
        DoubleUnaryOperator gap = n -> summary(n).workingAge(targetYear, area) - target;
        MonotoneRoot root = new MonotoneRoot(gap, WIDTH, limit);
        double n = solve(root, "keep " + Math.round(target) + " people aged 16–64 in " + targetYear);
        return new SolverAnswer(n, SolverAnswer.Bound.EXACTLY, target, summary(n).workingAge(targetYear, area), root.evaluations());
    }

    /**
     * The edge of the levels that keep the old-age dependency ratio in {@code targetYear} at or below {@code ratio}.
     * Old − ratio × working age is affine in N, so the edge is unique; with a young migrant profile the ratio falls
     * as N grows and the answer is a minimum ({@link SolverAnswer.Bound#AT_LEAST}).
     *
     * @param area one area or {@link ProjectionSummary#ALL}
     */
    public SolverAnswer keepOldAgeDependencyAtMost(double ratio, int targetYear, int area) {
        requireYear(targetYear);
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("the old-age dependency ratio to keep to must be positive, not " + ratio);
        }
        DoubleUnaryOperator excess = n -> {
            ProjectionSummary s = summary(n);
            return s.total(targetYear, area, ProjectionSummary.ALL, AgeBand.OLD_AGE) - ratio * s.workingAge(targetYear, area);
        };
        MonotoneRoot root = new MonotoneRoot(excess, WIDTH, limit);
        double n = solve(root, "keep the old-age dependency ratio at or below " + ratio + " in " + targetYear);
        // The excess falls as N grows when more migration lowers the ratio: then N and above meet the target.
        boolean falling = excess.applyAsDouble(n + WIDTH) < excess.applyAsDouble(n - WIDTH);
        return new SolverAnswer(n, falling ? SolverAnswer.Bound.AT_LEAST : SolverAnswer.Bound.AT_MOST, ratio,
                summary(n).oldAgeDependencyRatio(targetYear, area), root.evaluations() + 2);
    }

    private double solve(MonotoneRoot root, String goal) {
        // A first step of 1% of the base population: large enough to see the slope above rounding, small enough to stay uncapped.
        double step = Math.max(10, scenario.base().total() / 100);
        try {
            return root.solve(0, step);
        } catch (MonotoneRoot.NoRootException e) {
            throw new IllegalArgumentException("no constant net international migration can " + goal + ": " + e.getMessage()
                    + "; choose another target year, target or migrant age profile", e);
        }
    }

    private ProjectionSummary summary(double perYear) {
        ProjectionResult result = projection.project(inputsWith(perYear));
        return new ProjectionSummary(result);
    }

    private void requireYear(int year) {
        if (year <= scenario.baseYear() || year > scenario.endYear()) {
            throw new IllegalArgumentException("target year " + year + " is outside the projection " + (scenario.baseYear() + 1) + " … " + scenario.endYear());
        }
    }
}
