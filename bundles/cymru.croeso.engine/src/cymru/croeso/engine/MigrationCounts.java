package cymru.croeso.engine;

/** Turns one group's migration rule into counts for one year, written straight into the run's component array. */
final class MigrationCounts {

    private MigrationCounts() {
    }

    /**
     * @param atRisk the year's population at risk, in cell order (rates of the own population apply to it)
     * @param out    the year's component array, in cell order; only the group's cells are written
     */
    static void fill(MigrationRule rule, int year, int group, PopulationShape shape, double[] atRisk, double[] out) {
        int ages = shape.ages();
        switch (rule) {
            case MigrationRule.Counts c -> {
                double[] counts = c.counts().at(year);
                for (int area = 0; area < shape.areas(); area++) {
                    for (int sex = 0; sex < PopulationShape.SEXES; sex++) {
                        System.arraycopy(counts, (area * PopulationShape.SEXES + sex) * ages, out,
                                shape.firstCell(area, group, sex), ages);
                    }
                }
            }
            case MigrationRule.ScheduledTotal s -> {
                double[] totals = s.totals().at(year);
                double[] shares = s.schedule().shares();
                for (int area = 0; area < shape.areas(); area++) {
                    for (int sex = 0; sex < PopulationShape.SEXES; sex++) {
                        int to = shape.firstCell(area, group, sex);
                        int from = sex * ages;
                        for (int a = 0; a < ages; a++) {
                            out[to + a] = totals[area] * shares[from + a];
                        }
                    }
                }
            }
            case MigrationRule.Rate r -> {
                double[] rates = r.rates().at(year);
                double[] reference = r.reference() == null ? null : r.reference().at(year);
                for (int area = 0; area < shape.areas(); area++) {
                    for (int sex = 0; sex < PopulationShape.SEXES; sex++) {
                        int cell = shape.firstCell(area, group, sex);
                        int from = (area * PopulationShape.SEXES + sex) * ages;
                        for (int a = 0; a < ages; a++) {
                            double base = reference == null ? atRisk[cell + a] : reference[from + a];
                            out[cell + a] = rates[from + a] * base;
                        }
                    }
                }
            }
        }
    }
}
