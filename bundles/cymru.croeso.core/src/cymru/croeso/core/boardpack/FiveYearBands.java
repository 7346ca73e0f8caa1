package cymru.croeso.core.boardpack;

import java.util.ArrayList;
import java.util.List;

import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.ProjectionResult;

/**
 * Five-year age bands over a projection's single years (0–4, 5–9, … and an open top band that holds the open top
 * age), and the engine's persons summed into them.
 */
final class FiveYearBands {
    static final int WIDTH = 5;

    private final int topAge;
    private final int[] first;

    FiveYearBands(int topAge) {
        this.topAge = topAge;
        List<Integer> starts = new ArrayList<>();
        for (int from = 0; from <= topAge; from += WIDTH) {
            starts.add(from);
            // a band that would reach the open top age becomes the open top band
            if (from + WIDTH - 1 >= topAge) {
                break;
            }
        }
        first = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int count() {
        return first.length;
    }

    /** The band holding a single year of age. */
    int bandOf(int age) {
        return Math.min(age / WIDTH, first.length - 1);
    }

    /** Labels such as {@code 0-4} and, last, {@code 90+}. */
    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < first.length; b++) {
            labels.add(b == first.length - 1 ? first[b] + "+" : first[b] + "-" + (first[b] + WIDTH - 1));
        }
        return labels;
    }

    /**
     * Persons of one year by group and band, in one area or summed over every area ({@code area} −1), both sexes.
     *
     * @param cells the year's population in {@link PopulationShape#cell} order
     */
    double[][] byGroup(PopulationShape shape, double[] cells, int area) {
        check(shape);
        double[][] out = new double[shape.groups()][count()];
        for (int a = 0; a < shape.areas(); a++) {
            if (area >= 0 && a != area) {
                continue;
            }
            for (int g = 0; g < shape.groups(); g++) {
                for (int s = 0; s < PopulationShape.SEXES; s++) {
                    int from = shape.firstCell(a, g, s);
                    for (int age = 0; age <= topAge; age++) {
                        out[g][bandOf(age)] += cells[from + age];
                    }
                }
            }
        }
        return out;
    }

    /** Persons of one sex (0 female, 1 male, as the engine orders them) by band, over every area and group. */
    double[] bySex(ProjectionResult result, int year, int sex) {
        PopulationShape shape = result.shape();
        check(shape);
        double[] cells = result.populationIn(year);
        double[] out = new double[count()];
        for (int a = 0; a < shape.areas(); a++) {
            for (int g = 0; g < shape.groups(); g++) {
                int from = shape.firstCell(a, g, sex);
                for (int age = 0; age <= topAge; age++) {
                    out[bandOf(age)] += cells[from + age];
                }
            }
        }
        return out;
    }

    private void check(PopulationShape shape) {
        if (shape.topAge() != topAge) {
            throw new IllegalArgumentException("bands for top age " + topAge + " used on a projection to " + shape.topAge());
        }
    }
}
