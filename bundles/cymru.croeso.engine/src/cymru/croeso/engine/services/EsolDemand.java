package cymru.croeso.engine.services;

import java.util.List;

/**
 * ESOL need, applications, places, learners served, the waiting list (unmet demand), guided hours and cost by area
 * and year; see {@link Esol} for the rule that links them.
 */
public final class EsolDemand extends AreaYearDemand<EsolDemand.Measure> {

    /** The measures, in the order of the CSV's value columns. */
    public enum Measure implements DemandColumn {
        ADULTS_LIMITED_ENGLISH("adults_limited_english"),
        NEW_LEARNERS("new_learners"),
        CARRIED_OVER("carried_over"),
        DROPPED_OUT("dropped_out"),
        SEEKING_PLACE("seeking_place"),
        PLACES("places"),
        LEARNERS_SERVED("learners_served"),
        UNMET_DEMAND("unmet_demand"),
        GUIDED_HOURS("guided_hours"),
        COST("cost_gbp");

        private final String column;

        Measure(String column) {
            this.column = column;
        }

        @Override
        public String column() {
            return column;
        }
    }

    EsolDemand(AreaYearValues values) {
        super(values);
    }

    static AreaYearValues emptyValues(List<String> areaCodes, int firstYear, int years) {
        return AreaYearValues.of(Measure.class, areaCodes, firstYear, years);
    }

    /** The waiting list at the end of the year: those who sought a place and did not get one. */
    public double unmetDemand(int year, int area) {
        return get(Measure.UNMET_DEMAND, year, area);
    }

    public double cost(int year, int area) {
        return get(Measure.COST, year, area);
    }
}
