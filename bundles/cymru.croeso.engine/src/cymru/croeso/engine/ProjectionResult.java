package cymru.croeso.engine;

import java.util.List;

/**
 * The outcome of a projection run: the population and every component of change for every cell and year from
 * the base year to the end year, and the caps the engine had to apply. Components of the base year are zero
 * (the run starts from the base-year estimate). A result of {@link CohortComponentProjection#populationOnly} holds the
 * population alone.
 */
public final class ProjectionResult {
    private final ProjectionInputs inputs;
    private final double[][] population;
    private final double[][][] components;
    private final List<FlowCap> caps;

    /** @param components [component][year][cell], a component null where it is zero; null if none was recorded */
    ProjectionResult(ProjectionInputs inputs, double[][] population, double[][][] components, List<FlowCap> caps) {
        this.inputs = inputs;
        this.population = population;
        this.components = components;
        this.caps = List.copyOf(caps);
    }

    public ProjectionInputs inputs() {
        return inputs;
    }

    public PopulationShape shape() {
        return inputs.shape();
    }

    public int baseYear() {
        return inputs.baseYear();
    }

    public int endYear() {
        return inputs.endYear();
    }

    /** Every flow reduced to keep a cell from going negative, in the order they happened. */
    public List<FlowCap> caps() {
        return caps;
    }

    public double population(int year, int area, int group, Sex sex, int age) {
        return population[index(year)][shape().cell(area, group, sex.ordinal(), age)];
    }

    /**
     * A component of change in {@code year} (zero in the base year), by age at the end of the year.
     *
     * @throws IllegalStateException if the run recorded the population alone
     */
    public double component(Component c, int year, int area, int group, Sex sex, int age) {
        if (components == null) {
            throw new IllegalStateException("this run recorded the population alone, not the components of change");
        }
        double[][] values = components[c.ordinal()];
        return values == null ? 0 : values[index(year)][shape().cell(area, group, sex.ordinal(), age)];
    }

    /** Whether the run has any transitions or special flows, i.e. whether those components can be non-zero. */
    public boolean hasGroupFlows() {
        return !inputs.transitions().isEmpty() || !inputs.specialFlows().isEmpty();
    }

    /** A copy of the population of one year, in {@link PopulationShape#cell} order. */
    public double[] populationIn(int year) {
        return population[index(year)].clone();
    }

    /** The population of one year as a grid, e.g. to start another run from it. */
    public PopulationGrid gridIn(int year) {
        return new PopulationGrid(shape(), populationIn(year));
    }

    /** Total population in one year over all areas, groups, sexes and ages. */
    public double total(int year) {
        double sum = 0;
        for (double p : population[index(year)]) {
            sum += p;
        }
        return sum;
    }

    /** The engine's summaries read a year's population without copying; they never write it. */
    double[] populationArray(int year) {
        return population[index(year)];
    }

    private int index(int year) {
        if (year < baseYear() || year > endYear()) {
            throw new IllegalArgumentException("year " + year + " is outside the run " + baseYear() + " … " + endYear());
        }
        return year - baseYear();
    }
}
