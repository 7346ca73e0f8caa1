package cymru.croeso.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the cohort-component projection described in the {@code cymru.croeso.engine} package documentation,
 * year by year, over flat per-year arrays.
 *
 * <p>{@link #run(ProjectionInputs)} allocates fresh arrays and hands them to an independent result. For repeated
 * runs of the same shape (a facilitator's slider), keep one instance and call {@link #project(ProjectionInputs)}:
 * it reuses the arrays, so each result is only valid until the next call on the same instance. For many runs that
 * read only the population (an uncertainty run's draws), {@link #populationOnly} records no components of change,
 * which keeps a run's working arrays small enough to stay in the processor's cache.
 */
public final class CohortComponentProjection {
    private static final Component[] ALWAYS = {Component.BIRTHS, Component.DEATHS, Component.INTERNAL_IN,
        Component.INTERNAL_OUT, Component.INTERNATIONAL_IN, Component.INTERNATIONAL_OUT};

    private final PopulationShape shape;
    private final int years;
    private final boolean recordsComponents;
    // [year][cell]: one array per year keeps each allocation small (large arrays are costly "humongous" objects in G1).
    private final double[][] population;
    // Recorded components, [component][year][cell]; null when the components are not recorded.
    private final double[][][] arrays;
    private final ProjectedYear step;

    /** A reusable projection for inputs of this shape running {@code years} years past their base year. */
    public CohortComponentProjection(PopulationShape shape, int years) {
        this(shape, years, true);
    }

    private CohortComponentProjection(PopulationShape shape, int years, boolean recordsComponents) {
        this.shape = shape;
        this.years = years;
        this.recordsComponents = recordsComponents;
        int cells = shape.cells();
        population = new double[years + 1][cells];
        step = new ProjectedYear(shape, years);
        if (recordsComponents) {
            arrays = new double[Component.values().length][][];
            for (Component c : ALWAYS) {
                arrays[c.ordinal()] = new double[years + 1][cells];
            }
        } else {
            arrays = null;
        }
    }

    /**
     * A reusable projection that records the population of every year but none of the components of change
     * (its results' {@link ProjectionResult#component} fails); the population is exactly what a full run gives.
     */
    public static CohortComponentProjection populationOnly(PopulationShape shape, int years) {
        return new CohortComponentProjection(shape, years, false);
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
        List<FlowCap> caps = new ArrayList<>();
        double[][][] components = recordsComponents
                ? recorded(!inputs.transitions().isEmpty(), !inputs.specialFlows().isEmpty()) : null;
        double[][] record = recordsComponents ? new double[components.length][] : null;
        System.arraycopy(inputs.base().counts(), 0, population[0], 0, shape.cells());
        for (int t = 1; t <= years; t++) {
            if (recordsComponents) {
                for (int c = 0; c < record.length; c++) {
                    record[c] = components[c] == null ? null : components[c][t];
                }
            }
            step.work(inputs, inputs.baseYear() + t, population[t - 1], population[t], record, caps);
        }
        return new ProjectionResult(inputs, population, components, caps);
    }

    /** The run's component arrays: every year of each step writes all its cells, so reused arrays need no clearing. */
    private double[][][] recorded(boolean transitions, boolean special) {
        double[][][] components = new double[arrays.length][][];
        for (Component c : ALWAYS) {
            components[c.ordinal()] = arrays[c.ordinal()];
        }
        if (transitions) {
            components[Component.TRANSITIONS_IN.ordinal()] = allocated(Component.TRANSITIONS_IN);
            components[Component.TRANSITIONS_OUT.ordinal()] = allocated(Component.TRANSITIONS_OUT);
        }
        if (special) {
            components[Component.SPECIAL_FLOWS.ordinal()] = allocated(Component.SPECIAL_FLOWS);
        }
        return components;
    }

    private double[][] allocated(Component c) {
        if (arrays[c.ordinal()] == null) {
            arrays[c.ordinal()] = new double[years + 1][shape.cells()];
        }
        return arrays[c.ordinal()];
    }
}
