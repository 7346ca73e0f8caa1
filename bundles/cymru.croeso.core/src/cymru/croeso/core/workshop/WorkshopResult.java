package cymru.croeso.core.workshop;

/**
 * What the workshop's charts show for one area and one set of slider settings, year by year from the base year.
 *
 * @param firstYear   the base year, the year of index 0
 * @param groupTotals persons [group][year − firstYear], both sexes and all ages; group 0 is UK-born
 * @param esolApplicants adults applying for an ESOL place each year (new applicants, comparable with a year's places)
 * @param esolPlaces     ESOL class places in the area each year
 * @param esolWaiting    the waiting list at the end of each year (unmet demand, carried into the next year)
 */
public record WorkshopResult(int firstYear, double[][] groupTotals, double[] esolApplicants, double[] esolPlaces,
        double[] esolWaiting) {

    public int years() {
        return esolPlaces.length;
    }

    public int lastYear() {
        return firstYear + years() - 1;
    }

    /** All groups' persons in the year at {@code index}. */
    public double total(int index) {
        double s = 0;
        for (double[] group : groupTotals) {
            s += group[index];
        }
        return s;
    }

    /** Persons of every group but the first (UK-born) in the year at {@code index}. */
    public double bornAbroad(int index) {
        return total(index) - groupTotals[0][index];
    }
}
