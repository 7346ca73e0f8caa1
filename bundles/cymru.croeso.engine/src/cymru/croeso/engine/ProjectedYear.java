package cymru.croeso.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One year of a {@link CohortComponentProjection}, worked one area at a time: every step of the year (ageing on,
 * births, migration, deaths, transitions, special flows, the end-of-year identity) for one area's cells before the
 * next area, so that an area's working arrays stay in the processor's cache instead of each step streaming the whole
 * population through memory. An uncertainty run projects a scenario a thousand times, so this is its inner loop.
 *
 * <p>Every step reads and writes only the area's own cells, so each cell gets exactly the arithmetic, in the same
 * order, as stepping the whole population one step at a time; caps are collected per step and reported in that
 * order too (every death cap of the year, then every transition cap, then every out-flow cap, each in cell order).
 * The steps work on arrays of one area indexed alike (cell − the area's first cell), which lets the JIT compiler
 * turn their loops into vector instructions; the area's results are then copied to the year's arrays.
 */
final class ProjectedYear {
    private static final int FEMALE = Sex.FEMALE.ordinal();
    private static final int MALE = Sex.MALE.ordinal();
    private static final int SEXES = PopulationShape.SEXES;
    private static final MigrationFlow[] FLOW = MigrationFlow.values();
    private static final int INTERNAL_IN = MigrationFlow.INTERNAL_IN.ordinal();
    private static final int INTERNAL_OUT = MigrationFlow.INTERNAL_OUT.ordinal();
    private static final int INTERNATIONAL_IN = MigrationFlow.INTERNATIONAL_IN.ordinal();
    private static final int INTERNATIONAL_OUT = MigrationFlow.INTERNATIONAL_OUT.ordinal();
    private static final int NO_FLOW = 0;
    private static final int COUNTS = 1;
    private static final int SCHEDULED_TOTAL = 2;
    private static final int OWN_RATE = 3;
    private static final int REFERENCE_RATE = 4;

    private final PopulationShape shape;
    private final int ages;
    private final int groups;
    /** Cells of one area: groups × sexes × ages. */
    private final int block;
    /** Cells of one group of one area: both sexes' ages, laid out alike in the population and in [area][sex][age] inputs. */
    private final int run;

    // One area's arrays, indexed by cell − the area's first cell.
    private final double[] atRisk;
    private final double[] deaths;
    private final double[][] flows;
    private final double[] transitionsIn;
    private final double[] transitionsOut;
    private final double[] special;
    private final double[] transferFactor;
    private final double[] end;
    // An input's values for the area, copied to the cells they apply to, so that a loop indexes every array alike.
    private final double[] aligned;
    private final double[] alignedReference;
    /** Stands in for absent transition and special-flow components, so the end-of-year loop has no branches. */
    private final double[] zeros;

    private final List<FlowCap> deathCaps = new ArrayList<>();
    private final List<FlowCap> transitionCaps = new ArrayList<>();
    private final List<FlowCap> outflowCaps = new ArrayList<>();
    private final AssumptionFacts facts;

    // The year being worked, set by work().
    private ProjectionInputs in;
    private int year;
    private double[] previous;
    private double[] population;
    private double[][] record;

    // The year's assumptions, looked up once rather than once per area.
    private double[] fertility;
    /** Per area and group, the ages of mother from the first to the last with a fertility rate above zero. */
    private int[] firstFertileAge;
    private int[] lastFertileAge;
    private double[] mortality;
    /** Whether some mortality rate of the year exceeds 1: only then can deaths exceed the population at risk. */
    private boolean deathsCanExceed;
    /**
     * How each flow of each group is stated, as an int: a switch on the rule's type in the area loop would test the
     * rule's class thousands of times a run (a pattern switch is a chain of type tests).
     */
    private final int[][] ruleKinds;
    /** The counts, totals or rates of each flow and group. */
    private final double[][][] ruleValues;
    /** The reference population of a rate, or the age–sex shares of a scheduled total. */
    private final double[][][] ruleReferences;
    /**
     * Whether the cells of a flow's groups with no rule still hold the zeros written there: nothing but a cap of the
     * out-flows writes them, so they need zeroing again only then or when the rules change.
     */
    private final boolean[] noFlowZeroed = new boolean[FLOW.length];
    private boolean transitions;
    private double[][] transitionShares = new double[0][];
    /** Whether a group is the origin of some transition. */
    private final boolean[] transitionSource;
    private boolean specialFlows;
    /** The year's active special flows by area, in the inputs' order. */
    private final List<List<SpecialFlow>> intakes = new ArrayList<>();

    ProjectedYear(PopulationShape shape, int years) {
        this.shape = shape;
        this.ages = shape.ages();
        this.groups = shape.groups();
        this.run = SEXES * ages;
        this.block = groups * run;
        atRisk = new double[block];
        deaths = new double[block];
        flows = new double[FLOW.length][block];
        transitionsIn = new double[block];
        transitionsOut = new double[block];
        special = new double[block];
        transferFactor = new double[block];
        end = new double[block];
        aligned = new double[block];
        alignedReference = new double[block];
        zeros = new double[block];
        facts = new AssumptionFacts(shape, years);
        for (int area = 0; area < shape.areas(); area++) {
            intakes.add(new ArrayList<>());
        }
        ruleKinds = new int[FLOW.length][groups];
        ruleValues = new double[FLOW.length][groups][];
        ruleReferences = new double[FLOW.length][groups][];
        transitionSource = new boolean[groups];
    }

    /**
     * Works out {@code population} (year t) from {@code previous} (year t − 1).
     *
     * @param record by {@link Component} ordinal, the year's arrays to record the components in; null to record none,
     *               and null for an absent component (transitions, special flows)
     * @param caps   where the year's caps are added
     */
    void work(ProjectionInputs inputs, int year, double[] previous, double[] population, double[][] record,
            List<FlowCap> caps) {
        this.in = inputs;
        this.year = year;
        this.previous = previous;
        this.population = population;
        this.record = record;
        readAssumptions();
        deathCaps.clear();
        transitionCaps.clear();
        outflowCaps.clear();
        for (int area = 0; area < shape.areas(); area++) {
            workArea(area);
        }
        caps.addAll(deathCaps);
        caps.addAll(transitionCaps);
        caps.addAll(outflowCaps);
    }

    /** Looks up the arrays that hold in this year once, rather than once per area. */
    private void readAssumptions() {
        int t = year - in.baseYear();
        fertility = in.fertility().rates().at(year);
        firstFertileAge = facts.firstFertileAge(t, fertility);
        lastFertileAge = facts.lastFertileAge(t, fertility);
        mortality = in.mortality().rates().at(year);
        deathsCanExceed = facts.rateAboveOne(t, mortality);
        for (int f = 0; f < FLOW.length; f++) {
            for (int g = 0; g < groups; g++) {
                MigrationRule rule = in.migration().rule(FLOW[f], g);
                int kind = ruleKinds[f][g];
                ruleReferences[f][g] = null;
                ruleValues[f][g] = switch (rule) {
                    case null -> {
                        ruleKinds[f][g] = NO_FLOW;
                        yield null;
                    }
                    case MigrationRule.Counts c -> {
                        ruleKinds[f][g] = COUNTS;
                        yield c.counts().at(year);
                    }
                    case MigrationRule.ScheduledTotal s -> {
                        ruleKinds[f][g] = SCHEDULED_TOTAL;
                        ruleReferences[f][g] = s.schedule().shares();
                        yield s.totals().at(year);
                    }
                    case MigrationRule.Rate r -> {
                        ruleKinds[f][g] = r.reference() == null ? OWN_RATE : REFERENCE_RATE;
                        ruleReferences[f][g] = r.reference() == null ? null : r.reference().at(year);
                        yield r.rates().at(year);
                    }
                };
                noFlowZeroed[f] &= ruleKinds[f][g] == kind;
            }
        }
        List<GroupTransition> list = in.transitions();
        transitions = !list.isEmpty();
        specialFlows = !in.specialFlows().isEmpty();
        for (List<SpecialFlow> inArea : intakes) {
            inArea.clear();
        }
        for (SpecialFlow s : in.specialFlows()) {
            if (s.activeIn(year)) {
                intakes.get(s.area()).add(s);
            }
        }
        if (transitionShares.length != list.size()) {
            transitionShares = new double[list.size()][];
        }
        Arrays.fill(transitionSource, false);
        for (int i = 0; i < transitionShares.length; i++) {
            transitionShares[i] = list.get(i).shares().at(year);
            transitionSource[list.get(i).fromGroup()] = true;
        }
    }

    private void workArea(int area) {
        int first = area * block;
        ageOn(first);
        addBirths(area);
        for (int f = 0; f < FLOW.length; f++) {
            for (int g = 0; g < groups; g++) {
                fillMigration(f, g, area);
            }
            noFlowZeroed[f] = true;
        }
        applyDeaths(first);
        if (transitions) {
            applyTransitions(first);
        }
        boolean intake = specialFlows && addSpecialFlows(area);
        closeYear(first, intake);
        System.arraycopy(end, 0, population, first, block);
        if (record != null) {
            recordArea(first, intake);
        }
    }

    /** R(t): the start-of-year population aged on one year; the top group keeps its survivors; age 0 waits for births. */
    private void ageOn(int first) {
        int top = shape.topAge();
        // One copy shifted by one age, then each run's first age and open top group put right.
        System.arraycopy(previous, first, atRisk, 1, block - 1);
        for (int r = 0; r < block; r += ages) {
            atRisk[r] = 0;
            atRisk[r + top] = previous[first + r + top - 1] + previous[first + r + top];
        }
    }

    private void addBirths(int area) {
        double boys = in.fertility().maleShareOfBirths();
        int birthGroup = in.fertility().birthGroup();
        double total = 0;
        for (int g = 0; g < groups; g++) {
            int k = area * groups + g;
            int rate = k * ages;
            int women = (g * SEXES + FEMALE) * ages;
            for (int a = firstFertileAge[k]; a <= lastFertileAge[k]; a++) {
                total += fertility[rate + a] * atRisk[women + a];
            }
        }
        int girlsCell = (birthGroup * SEXES + FEMALE) * ages;
        int boysCell = (birthGroup * SEXES + MALE) * ages;
        atRisk[girlsCell] = total - boys * total;
        atRisk[boysCell] = boys * total;
    }

    /** One group's migration of one flow in the area; the group's cells hold both sexes' ages as the inputs do. */
    private void fillMigration(int f, int g, int area) {
        double[] out = flows[f];
        double[] values = ruleValues[f][g];
        int cell = g * run;
        int until = cell + run;
        int from = area * run;
        switch (ruleKinds[f][g]) {
            case COUNTS -> System.arraycopy(values, from, out, cell, run);
            case SCHEDULED_TOTAL -> {
                double total = values[area];
                System.arraycopy(ruleReferences[f][g], 0, aligned, cell, run);
                for (int i = cell; i < until; i++) {
                    out[i] = total * aligned[i];
                }
            }
            case OWN_RATE -> {
                System.arraycopy(values, from, aligned, cell, run);
                for (int i = cell; i < until; i++) {
                    out[i] = aligned[i] * atRisk[i];
                }
            }
            case REFERENCE_RATE -> {
                System.arraycopy(values, from, aligned, cell, run);
                System.arraycopy(ruleReferences[f][g], from, alignedReference, cell, run);
                for (int i = cell; i < until; i++) {
                    out[i] = aligned[i] * alignedReference[i];
                }
            }
            default -> {
                if (!noFlowZeroed[f]) {
                    Arrays.fill(out, cell, until, 0);
                }
            }
        }
    }

    private void applyDeaths(int first) {
        System.arraycopy(mortality, first, aligned, 0, block);
        for (int i = 0; i < block; i++) {
            deaths[i] = aligned[i] * atRisk[i];
        }
        // The population at risk is never negative (every flow into a cell is ≥ 0 and every flow out is capped), so
        // deaths m·R can exceed R only where a rate m exceeds 1.
        if (deathsCanExceed) {
            for (int i = 0; i < block; i++) {
                if (deaths[i] > atRisk[i]) {
                    deathCaps.add(FlowCap.at(shape, year, first + i, Component.DEATHS, deaths[i], atRisk[i]));
                    deaths[i] = atRisk[i];
                }
            }
        }
    }

    /** Moves shares of each group's population at risk to other groups, capped at what survives the year's deaths. */
    private void applyTransitions(int first) {
        double[] out = transitionsOut;
        double[] into = transitionsIn;
        Arrays.fill(out, 0);
        Arrays.fill(into, 0);
        List<GroupTransition> list = in.transitions();
        for (int k = 0; k < transitionShares.length; k++) {
            double[] share = transitionShares[k];
            for (int sex = 0; sex < SEXES; sex++) {
                int from = (list.get(k).fromGroup() * SEXES + sex) * ages;
                for (int a = 0; a < ages; a++) {
                    out[from + a] += share[a] * atRisk[from + a];
                }
            }
        }
        // Only the groups people leave have transitions out; survivors are never negative, so no other cell is capped.
        for (int g = 0; g < groups; g++) {
            if (!transitionSource[g]) {
                continue;
            }
            for (int i = g * run; i < (g + 1) * run; i++) {
                double requested = out[i];
                double survivors = atRisk[i] - deaths[i];
                transferFactor[i] = 1;
                if (requested > survivors) {
                    transitionCaps.add(FlowCap.at(shape, year, first + i, Component.TRANSITIONS_OUT, requested, survivors));
                    transferFactor[i] = survivors / requested;
                    out[i] = survivors;
                }
            }
        }
        for (int k = 0; k < transitionShares.length; k++) {
            double[] share = transitionShares[k];
            GroupTransition tr = list.get(k);
            for (int sex = 0; sex < SEXES; sex++) {
                int from = (tr.fromGroup() * SEXES + sex) * ages;
                int to = (tr.toGroup() * SEXES + sex) * ages;
                for (int a = 0; a < ages; a++) {
                    into[to + a] += share[a] * atRisk[from + a] * transferFactor[from + a];
                }
            }
        }
    }

    /** Adds the area's planned intakes of the year; false if the area has none this year. */
    private boolean addSpecialFlows(int area) {
        List<SpecialFlow> here = intakes.get(area);
        if (here.isEmpty()) {
            return false;
        }
        Arrays.fill(special, 0);
        for (SpecialFlow s : here) {
            double[] shares = s.profile().shares();
            int cell = s.group() * run;
            for (int i = 0; i < run; i++) {
                special[cell + i] += s.perYear() * shares[i];
            }
        }
        return true;
    }

    /** P(t) = R − deaths − transitions out + transitions in + in-flows + special − out-flows, out-flows capped at what is there. */
    private void closeYear(int first, boolean intake) {
        double[] internalIn = flows[INTERNAL_IN];
        double[] internalOut = flows[INTERNAL_OUT];
        double[] abroadIn = flows[INTERNATIONAL_IN];
        double[] abroadOut = flows[INTERNATIONAL_OUT];
        double[] tIn = transitions ? transitionsIn : zeros;
        double[] tOut = transitions ? transitionsOut : zeros;
        double[] sp = intake ? special : zeros;
        double lowest = 0;
        for (int i = 0; i < block; i++) {
            double held = atRisk[i] - deaths[i] - tOut[i] + tIn[i] + internalIn[i] + abroadIn[i] + sp[i];
            double e = held - (internalOut[i] + abroadOut[i]);
            end[i] = e;
            lowest = Math.min(lowest, e);
        }
        if (!(lowest < 0)) {
            return;
        }
        // For finite numbers held − leaving < 0 exactly when leaving > held: the cells whose out-flows are capped.
        for (int i = 0; i < block; i++) {
            if (end[i] < 0) {
                double held = atRisk[i] - deaths[i] - tOut[i] + tIn[i] + internalIn[i] + abroadIn[i] + sp[i];
                capOutflows(first + i, i, held);
                end[i] = held - internalOut[i] - abroadOut[i];
            }
        }
    }

    /** Scales both out-flows alike so that together they take exactly what the cell holds. */
    private void capOutflows(int cell, int i, double held) {
        double[] internalOut = flows[INTERNAL_OUT];
        double[] abroadOut = flows[INTERNATIONAL_OUT];
        double internal = internalOut[i];
        double abroad = abroadOut[i];
        // min() keeps rounding from pushing the other flow below zero.
        double cappedInternal = Math.min(held, internal * (held / (internal + abroad)));
        double cappedAbroad = held - cappedInternal;
        if (internal > 0) {
            outflowCaps.add(FlowCap.at(shape, year, cell, Component.INTERNAL_OUT, internal, cappedInternal));
        }
        if (abroad > 0) {
            outflowCaps.add(FlowCap.at(shape, year, cell, Component.INTERNATIONAL_OUT, abroad, cappedAbroad));
        }
        internalOut[i] = cappedInternal;
        abroadOut[i] = cappedAbroad;
        noFlowZeroed[INTERNAL_OUT] = false;
        noFlowZeroed[INTERNATIONAL_OUT] = false;
    }

    /** Copies the area's components to the year's record; births are the two age-0 cells of the birth group. */
    private void recordArea(int first, boolean intake) {
        double[] births = record[Component.BIRTHS.ordinal()];
        Arrays.fill(births, first, first + block, 0);
        int birthGroup = in.fertility().birthGroup();
        for (int sex = 0; sex < SEXES; sex++) {
            int cell = (birthGroup * SEXES + sex) * ages;
            births[first + cell] = atRisk[cell];
        }
        System.arraycopy(deaths, 0, record[Component.DEATHS.ordinal()], first, block);
        for (MigrationFlow flow : FLOW) {
            System.arraycopy(flows[flow.ordinal()], 0, record[Component.of(flow).ordinal()], first, block);
        }
        if (transitions) {
            System.arraycopy(transitionsIn, 0, record[Component.TRANSITIONS_IN.ordinal()], first, block);
            System.arraycopy(transitionsOut, 0, record[Component.TRANSITIONS_OUT.ordinal()], first, block);
        }
        if (specialFlows) {
            System.arraycopy(intake ? special : zeros, 0, record[Component.SPECIAL_FLOWS.ordinal()], first, block);
        }
    }
}
