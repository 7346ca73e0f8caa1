package cymru.croeso.engine;

import java.util.List;

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
        double[] population = result.populationArray(year);
        int last = Math.min(band.to(), shape.topAge());
        double sum = 0;
        // Cell order (area, group, sex, age): the sum is the same, to the last bit, in every summary of a run.
        for (int ar = 0; ar < shape.areas(); ar++) {
            for (int g = 0; g < shape.groups(); g++) {
                if ((area == ALL || area == ar) && (group == ALL || group == g)) {
                    for (int sex = 0; sex < PopulationShape.SEXES; sex++) {
                        int first = shape.firstCell(ar, g, sex);
                        for (int a = band.from(); a <= last; a++) {
                            sum += population[first + a];
                        }
                    }
                }
            }
        }
        return sum;
    }

    /**
     * People of an age band in every year from the base year to the end year, base year first: for each year
     * exactly {@link #total(int, int, int, AgeBand)}, to the last bit, in a fraction of the time.
     */
    public double[] totalsByYear(int area, int group, AgeBand band) {
        return totalsByYear(List.of(new PeopleCount(area, group, band)))[0];
    }

    /**
     * Several counts of people in every year, [count][year − base year], reading the population once: each value
     * is exactly the {@link #total(int, int, int, AgeBand)} of its year, to the last bit.
     */
    public double[][] totalsByYear(List<PeopleCount> counts) {
        PopulationShape shape = result.shape();
        int years = result.endYear() - result.baseYear() + 1;
        double[][] population = new double[years][];
        for (int y = 0; y < years; y++) {
            population[y] = result.populationArray(result.baseYear() + y);
        }
        double[][] sums = new double[counts.size()][years];
        for (int ar = 0; ar < shape.areas(); ar++) {
            for (int g = 0; g < shape.groups(); g++) {
                for (int sex = 0; sex < PopulationShape.SEXES; sex++) {
                    // Every count adds the run while it is in the processor's cache, each in its own cell order.
                    for (int k = 0; k < sums.length; k++) {
                        PeopleCount c = counts.get(k);
                        if (c.counts(ar, g)) {
                            addRun(population, shape.firstCell(ar, g, sex), c.band().from(),
                                    Math.min(c.band().to(), shape.topAge()), sums[k]);
                        }
                    }
                }
            }
        }
        return sums;
    }

    /**
     * Adds ages {@code from … last} of one run of cells to each year's sum. Each year's additions keep the order of
     * {@link #total}; eight years are summed side by side because one year's additions, each waiting for the one
     * before, would leave the processor idle most of the time.
     */
    private static void addRun(double[][] population, int first, int from, int last, double[] sums) {
        int y = 0;
        for (; y + 7 < sums.length; y += 8) {
            double[] p0 = population[y];
            double[] p1 = population[y + 1];
            double[] p2 = population[y + 2];
            double[] p3 = population[y + 3];
            double[] p4 = population[y + 4];
            double[] p5 = population[y + 5];
            double[] p6 = population[y + 6];
            double[] p7 = population[y + 7];
            double s0 = sums[y];
            double s1 = sums[y + 1];
            double s2 = sums[y + 2];
            double s3 = sums[y + 3];
            double s4 = sums[y + 4];
            double s5 = sums[y + 5];
            double s6 = sums[y + 6];
            double s7 = sums[y + 7];
            for (int a = first + from; a <= first + last; a++) {
                s0 += p0[a];
                s1 += p1[a];
                s2 += p2[a];
                s3 += p3[a];
                s4 += p4[a];
                s5 += p5[a];
                s6 += p6[a];
                s7 += p7[a];
            }
            sums[y] = s0;
            sums[y + 1] = s1;
            sums[y + 2] = s2;
            sums[y + 3] = s3;
            sums[y + 4] = s4;
            sums[y + 5] = s5;
            sums[y + 6] = s6;
            sums[y + 7] = s7;
        }
        for (; y < sums.length; y++) {
            double[] p = population[y];
            double s = sums[y];
            for (int a = first + from; a <= first + last; a++) {
                s += p[a];
            }
            sums[y] = s;
        }
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
