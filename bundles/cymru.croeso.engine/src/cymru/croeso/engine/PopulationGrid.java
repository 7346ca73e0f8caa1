package cymru.croeso.engine;

import java.util.Arrays;

/** An immutable population by area, group, sex and single year of age, such as the base-year estimate. */
public final class PopulationGrid {
    private final PopulationShape shape;
    private final double[] counts;

    /** @param counts one non-negative count per cell, in {@link PopulationShape#cell} order (copied) */
    public PopulationGrid(PopulationShape shape, double[] counts) {
        if (counts.length != shape.cells()) {
            throw new IllegalArgumentException("population has " + counts.length + " cells, the shape needs " + shape.cells());
        }
        for (int i = 0; i < counts.length; i++) {
            if (!(counts[i] >= 0) || Double.isInfinite(counts[i])) {
                throw new IllegalArgumentException("population cell " + i + " is " + counts[i] + "; counts must be finite and ≥ 0");
            }
        }
        this.shape = shape;
        this.counts = counts.clone();
    }

    public PopulationShape shape() {
        return shape;
    }

    public double get(int area, int group, Sex sex, int age) {
        return counts[shape.cell(area, group, sex.ordinal(), age)];
    }

    public double total() {
        return Arrays.stream(counts).sum();
    }

    /** A copy of the counts in cell order. */
    public double[] toArray() {
        return counts.clone();
    }

    /** The engine reads the counts without copying; it never writes them. */
    double[] counts() {
        return counts;
    }
}
