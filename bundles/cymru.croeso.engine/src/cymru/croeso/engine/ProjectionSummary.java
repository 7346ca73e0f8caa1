package cymru.croeso.engine;

/**
 * The summary measures planners read off a projection: totals by group and age band, the working-age population,
 * the old-age dependency ratio, total fertility and life expectancy at birth.
 */
public final class ProjectionSummary {

    /** Stands for "every area" or "every group" in the arguments below. */
    public static final int ALL = -1;

    private final ProjectionResult result;

    public ProjectionSummary(ProjectionResult result) {
        this.result = result;
    }

    /** People of an age band in a year, in one area or {@link #ALL}, one group or {@link #ALL}, both sexes. */
    public double total(int year, int area, int group, AgeBand band) {
        PopulationShape shape = result.shape();
        int last = Math.min(band.to(), shape.topAge());
        double sum = 0;
        for (int ar = 0; ar < shape.areas(); ar++) {
            for (int g = 0; g < shape.groups(); g++) {
                if ((area == ALL || area == ar) && (group == ALL || group == g)) {
                    for (Sex sex : Sex.values()) {
                        for (int a = band.from(); a <= last; a++) {
                            sum += result.population(year, ar, g, sex, a);
                        }
                    }
                }
            }
        }
        return sum;
    }

    /** People aged 16–64. */
    public double workingAge(int year, int area) {
        return total(year, area, ALL, AgeBand.WORKING_AGE);
    }

    /** People aged 65 and over per person aged 16–64 (multiply by 1,000 for the "per thousand" form). */
    public double oldAgeDependencyRatio(int year, int area) {
        return total(year, area, ALL, AgeBand.OLD_AGE) / workingAge(year, area);
    }

    /** Total fertility rate: the sum of single-year age-specific fertility rates assumed for a year. */
    public double totalFertilityRate(int year, int area, int group) {
        PopulationShape shape = result.shape();
        double[] rates = result.inputs().fertility().rates().at(year);
        int from = FertilityAssumption.index(shape, area, group, 0);
        double sum = 0;
        for (int a = 0; a < shape.ages(); a++) {
            sum += rates[from + a];
        }
        return sum;
    }

    /** Life expectancy at birth from a life table of the mortality rates assumed for a year. */
    public double lifeExpectancyAtBirth(int year, int area, int group, Sex sex) {
        PopulationShape shape = result.shape();
        double[] rates = result.inputs().mortality().rates().at(year);
        double[] q = new double[shape.ages()];
        System.arraycopy(rates, shape.firstCell(area, group, sex.ordinal()), q, 0, q.length);
        return new LifeTable(q).lifeExpectancyAtBirth();
    }
}
