package cymru.croeso.engine.services;

import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionResult;

/**
 * The population of every year of a projection, read once so that all service calculators share it.
 * Cells are in {@link PopulationShape#cell} order (area, group, sex, age).
 */
public final class ProjectedPopulation {
    private final PopulationShape shape;
    private final int firstYear;
    private final double[][] byYear;

    private ProjectedPopulation(PopulationShape shape, int firstYear, double[][] byYear) {
        this.shape = shape;
        this.firstYear = firstYear;
        this.byYear = byYear;
    }

    /** Every year of a run, base year included. */
    public static ProjectedPopulation of(ProjectionResult result) {
        int years = result.endYear() - result.baseYear() + 1;
        double[][] byYear = new double[years][];
        for (int y = 0; y < years; y++) {
            byYear[y] = result.populationIn(result.baseYear() + y);
        }
        return new ProjectedPopulation(result.shape(), result.baseYear(), byYear);
    }

    /** Populations given directly, one array of {@link PopulationShape#cells()} per year from {@code firstYear}. */
    public static ProjectedPopulation of(PopulationShape shape, int firstYear, double[]... byYear) {
        if (byYear.length == 0) {
            throw new IllegalArgumentException("a projected population needs at least one year");
        }
        double[][] copy = new double[byYear.length][];
        for (int y = 0; y < byYear.length; y++) {
            if (byYear[y].length != shape.cells()) {
                throw new IllegalArgumentException("year " + (firstYear + y) + " has " + byYear[y].length
                        + " cells; the shape needs " + shape.cells());
            }
            copy[y] = byYear[y].clone();
        }
        return new ProjectedPopulation(shape, firstYear, copy);
    }

    public PopulationShape shape() {
        return shape;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return firstYear + byYear.length - 1;
    }

    /** Number of years, base year included. */
    public int years() {
        return byYear.length;
    }

    public double get(int year, int area, int group, int sex, int age) {
        return byYear[index(year)][shape.cell(area, group, sex, age)];
    }

    /** Population of an area and group aged {@code fromAge} … {@code toAge} (inclusive, clipped to the top age), both sexes. */
    public double sum(int year, int area, int group, int fromAge, int toAge) {
        double[] cells = byYear[index(year)];
        int to = Math.min(toAge, shape.topAge());
        double sum = 0;
        for (int s = 0; s < PopulationShape.SEXES; s++) {
            int first = shape.firstCell(area, group, s);
            for (int a = fromAge; a <= to; a++) {
                sum += cells[first + a];
            }
        }
        return sum;
    }

    /** The year's cells themselves, for the calculators of this package: never modified. */
    double[] cellsAt(int yearIndex) {
        return byYear[yearIndex];
    }

    int index(int year) {
        if (year < firstYear || year > lastYear()) {
            throw new IllegalArgumentException("year " + year + " is outside " + firstYear + " … " + lastYear());
        }
        return year - firstYear;
    }
}
