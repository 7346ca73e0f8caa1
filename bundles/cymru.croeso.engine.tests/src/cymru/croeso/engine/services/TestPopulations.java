package cymru.croeso.engine.services;

import cymru.croeso.engine.PopulationShape;

/** Builds small populations for the service tests from a rule giving each cell's count. */
final class TestPopulations {

    /** A count for one cell. */
    interface CellRule {
        double count(int area, int group, int sex, int age);
    }

    private TestPopulations() {
    }

    static double[] cells(PopulationShape shape, CellRule rule) {
        double[] cells = new double[shape.cells()];
        for (int a = 0; a < shape.areas(); a++) {
            for (int g = 0; g < shape.groups(); g++) {
                for (int s = 0; s < PopulationShape.SEXES; s++) {
                    for (int age = 0; age < shape.ages(); age++) {
                        cells[shape.cell(a, g, s, age)] = rule.count(a, g, s, age);
                    }
                }
            }
        }
        return cells;
    }

    static double[] scaled(double[] cells, double factor) {
        double[] out = cells.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}
