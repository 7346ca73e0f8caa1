package cymru.croeso.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the cohort-component projection described in the {@code cymru.croeso.engine} package documentation,
 * year by year, over flat per-year arrays.
 *
 * <p>{@link #run(ProjectionInputs)} allocates fresh arrays and hands them to an independent result. For repeated
 * runs of the same shape (a facilitator's slider), keep one instance and call {@link #project(ProjectionInputs)}:
 * it reuses the arrays, so each result is only valid until the next call on the same instance.
 */
public final class CohortComponentProjection {
    private static final int FEMALE = Sex.FEMALE.ordinal();
    private static final int MALE = Sex.MALE.ordinal();
    private static final Component[] ALWAYS = {Component.BIRTHS, Component.DEATHS, Component.INTERNAL_IN,
        Component.INTERNAL_OUT, Component.INTERNATIONAL_IN, Component.INTERNATIONAL_OUT};

    private final PopulationShape shape;
    private final int years;
    private final int cells;
    // [year][cell]: one array per year keeps each allocation small (large arrays are costly "humongous" objects in G1).
    private final double[][] population;
    private final double[][][] arrays = new double[Component.values().length][][];
    private final double[] atRisk;
    private final double[] transferFactor;
    private final double[] zeros;
    private boolean used;

    private ProjectionInputs in;
    private double[][][] components;
    private List<FlowCap> caps;

    /** A reusable projection for inputs of this shape running {@code years} years past their base year. */
    public CohortComponentProjection(PopulationShape shape, int years) {
        this.shape = shape;
        this.years = years;
        this.cells = shape.cells();
        population = new double[years + 1][cells];
        for (Component c : ALWAYS) {
            arrays[c.ordinal()] = new double[years + 1][cells];
        }
        atRisk = new double[cells];
        transferFactor = new double[cells];
        // Stands in for absent transition and special-flow components, so the end-of-year loop has no branches.
        zeros = new double[cells];
    }

    /** Projects from the base year to the end year into arrays of its own. */
    public static ProjectionResult run(ProjectionInputs inputs) {
        return new CohortComponentProjection(inputs.shape(), inputs.years()).project(inputs);
    }

    /**
     * Projects into this instance's arrays, overwriting the previous run's result.
     *
     * @throws IllegalArgumentException if the inputs have another shape or number of years
     */
    public ProjectionResult project(ProjectionInputs inputs) {
        if (!inputs.shape().equals(shape) || inputs.years() != years) {
            throw new IllegalArgumentException("this projection runs " + years + " years of " + shape + ", not "
                    + inputs.years() + " years of " + inputs.shape());
        }
        in = inputs;
        caps = new ArrayList<>();
        components = new double[arrays.length][][];
        for (Component c : ALWAYS) {
            components[c.ordinal()] = arrays[c.ordinal()];
        }
        if (!inputs.transitions().isEmpty()) {
            components[Component.TRANSITIONS_IN.ordinal()] = allocated(Component.TRANSITIONS_IN);
            components[Component.TRANSITIONS_OUT.ordinal()] = allocated(Component.TRANSITIONS_OUT);
        }
        if (!inputs.specialFlows().isEmpty()) {
            components[Component.SPECIAL_FLOWS.ordinal()] = allocated(Component.SPECIAL_FLOWS);
        }
        System.arraycopy(inputs.base().counts(), 0, population[0], 0, cells);
        for (int t = 1; t <= years; t++) {
            if (used) {
                clearPartlyWritten(t);
            }
            step(t);
        }
        used = true;
        return new ProjectionResult(inputs, population, components, caps);
    }

    private double[][] allocated(Component c) {
        if (arrays[c.ordinal()] == null) {
            arrays[c.ordinal()] = new double[years + 1][cells];
        } else {
            for (int t = 1; t <= years; t++) {
                Arrays.fill(arrays[c.ordinal()][t], 0);
            }
        }
        return arrays[c.ordinal()];
    }

    /** Zeroes the arrays a step writes only in part (or adds into), which still hold the previous run. */
    private void clearPartlyWritten(int t) {
        Arrays.fill(components[Component.BIRTHS.ordinal()][t], 0);
        for (MigrationFlow flow : MigrationFlow.values()) {
            for (int g = 0; g < shape.groups(); g++) {
                if (in.migration().rule(flow, g) == null) {
                    Arrays.fill(components[Component.of(flow).ordinal()][t], 0);
                    break;
                }
            }
        }
    }

    private void step(int t) {
        int year = in.baseYear() + t;
        ageOn(population[t - 1]);
        addBirths(year, t);
        for (MigrationFlow flow : MigrationFlow.values()) {
            double[] out = components[Component.of(flow).ordinal()][t];
            for (int g = 0; g < shape.groups(); g++) {
                MigrationRule rule = in.migration().rule(flow, g);
                if (rule != null) {
                    MigrationCounts.fill(rule, year, g, shape, atRisk, out);
                }
            }
        }
        applyDeaths(year, t);
        applyTransitions(year, t);
        addSpecialFlows(year, t);
        closeYear(year, t);
    }

    /** R(t): the start-of-year population aged on one year; the top group keeps its survivors; age 0 waits for births. */
    private void ageOn(double[] previous) {
        int ages = shape.ages();
        int top = shape.topAge();
        for (int run = 0; run < cells; run += ages) {
            atRisk[run] = 0;
            System.arraycopy(previous, run, atRisk, run + 1, top - 1);
            atRisk[run + top] = previous[run + top - 1] + previous[run + top];
        }
    }

    private void addBirths(int year, int t) {
        double[] f = in.fertility().rates().at(year);
        double boys = in.fertility().maleShareOfBirths();
        int birthGroup = in.fertility().birthGroup();
        int ages = shape.ages();
        double[] births = components[Component.BIRTHS.ordinal()][t];
        for (int area = 0; area < shape.areas(); area++) {
            double total = 0;
            for (int g = 0; g < shape.groups(); g++) {
                int rate = (area * shape.groups() + g) * ages;
                int women = shape.firstCell(area, g, FEMALE);
                for (int a = 1; a < ages; a++) {
                    total += f[rate + a] * atRisk[women + a];
                }
            }
            int girlsCell = shape.firstCell(area, birthGroup, FEMALE);
            int boysCell = shape.firstCell(area, birthGroup, MALE);
            atRisk[girlsCell] = total - boys * total;
            atRisk[boysCell] = boys * total;
            births[girlsCell] = atRisk[girlsCell];
            births[boysCell] = atRisk[boysCell];
        }
    }

    private void applyDeaths(int year, int t) {
        double[] m = in.mortality().rates().at(year);
        double[] deaths = components[Component.DEATHS.ordinal()][t];
        for (int i = 0; i < cells; i++) {
            double d = m[i] * atRisk[i];
            if (d > atRisk[i]) {
                caps.add(FlowCap.at(shape, year, i, Component.DEATHS, d, atRisk[i]));
                d = atRisk[i];
            }
            deaths[i] = d;
        }
    }

    /** Moves shares of each group's population at risk to other groups, capped at what survives the year's deaths. */
    private void applyTransitions(int year, int t) {
        if (in.transitions().isEmpty()) {
            return;
        }
        double[] out = components[Component.TRANSITIONS_OUT.ordinal()][t];
        double[] into = components[Component.TRANSITIONS_IN.ordinal()][t];
        double[] deaths = components[Component.DEATHS.ordinal()][t];
        int ages = shape.ages();
        for (GroupTransition tr : in.transitions()) {
            double[] share = tr.shares().at(year);
            for (int from : runs(tr.fromGroup())) {
                for (int a = 0; a < ages; a++) {
                    out[from + a] += share[a] * atRisk[from + a];
                }
            }
        }
        for (int i = 0; i < cells; i++) {
            double requested = out[i];
            double survivors = atRisk[i] - deaths[i];
            transferFactor[i] = 1;
            if (requested > survivors) {
                caps.add(FlowCap.at(shape, year, i, Component.TRANSITIONS_OUT, requested, survivors));
                transferFactor[i] = survivors / requested;
                out[i] = survivors;
            }
        }
        for (GroupTransition tr : in.transitions()) {
            double[] share = tr.shares().at(year);
            int shift = shape.firstCell(0, tr.toGroup(), 0) - shape.firstCell(0, tr.fromGroup(), 0);
            for (int from : runs(tr.fromGroup())) {
                for (int a = 0; a < ages; a++) {
                    into[from + shift + a] += share[a] * atRisk[from + a] * transferFactor[from + a];
                }
            }
        }
    }

    private void addSpecialFlows(int year, int t) {
        if (in.specialFlows().isEmpty()) {
            return;
        }
        double[] special = components[Component.SPECIAL_FLOWS.ordinal()][t];
        int ages = shape.ages();
        for (SpecialFlow s : in.specialFlows()) {
            if (!s.activeIn(year)) {
                continue;
            }
            double[] shares = s.profile().shares();
            for (int sex = 0; sex < PopulationShape.SEXES; sex++) {
                int cell = shape.firstCell(s.area(), s.group(), sex);
                for (int a = 0; a < ages; a++) {
                    special[cell + a] += s.perYear() * shares[sex * ages + a];
                }
            }
        }
    }

    /** P(t) = R − deaths − transitions out + transitions in + in-flows + special − out-flows, out-flows capped at what is there. */
    private void closeYear(int year, int t) {
        double[] pop = population[t];
        double[] deaths = components[Component.DEATHS.ordinal()][t];
        double[] internalIn = components[Component.INTERNAL_IN.ordinal()][t];
        double[] internalOut = components[Component.INTERNAL_OUT.ordinal()][t];
        double[] abroadIn = components[Component.INTERNATIONAL_IN.ordinal()][t];
        double[] abroadOut = components[Component.INTERNATIONAL_OUT.ordinal()][t];
        double[] tIn = orZeros(Component.TRANSITIONS_IN, t);
        double[] tOut = orZeros(Component.TRANSITIONS_OUT, t);
        double[] special = orZeros(Component.SPECIAL_FLOWS, t);
        for (int i = 0; i < cells; i++) {
            double held = atRisk[i] - deaths[i] - tOut[i] + tIn[i] + internalIn[i] + abroadIn[i] + special[i];
            double leaving = internalOut[i] + abroadOut[i];
            if (leaving > held) {
                capOutflows(year, i, internalOut, abroadOut, held);
                pop[i] = held - internalOut[i] - abroadOut[i];
            } else {
                pop[i] = held - leaving;
            }
        }
    }

    /** Scales both out-flows alike so that together they take exactly what the cell holds. */
    private void capOutflows(int year, int i, double[] internalOut, double[] abroadOut, double held) {
        double internal = internalOut[i];
        double abroad = abroadOut[i];
        // min() keeps rounding from pushing the other flow below zero.
        double cappedInternal = Math.min(held, internal * (held / (internal + abroad)));
        double cappedAbroad = held - cappedInternal;
        if (internal > 0) {
            caps.add(FlowCap.at(shape, year, i, Component.INTERNAL_OUT, internal, cappedInternal));
        }
        if (abroad > 0) {
            caps.add(FlowCap.at(shape, year, i, Component.INTERNATIONAL_OUT, abroad, cappedAbroad));
        }
        internalOut[i] = cappedInternal;
        abroadOut[i] = cappedAbroad;
    }

    private double[] orZeros(Component c, int t) {
        double[][] values = components[c.ordinal()];
        return values == null ? zeros : values[t];
    }

    /** First cells of a group's (area, sex) runs of ages. */
    private int[] runs(int group) {
        int[] first = new int[shape.areas() * PopulationShape.SEXES];
        for (int area = 0; area < shape.areas(); area++) {
            for (int sex = 0; sex < PopulationShape.SEXES; sex++) {
                first[area * PopulationShape.SEXES + sex] = shape.firstCell(area, group, sex);
            }
        }
        return first;
    }
}
