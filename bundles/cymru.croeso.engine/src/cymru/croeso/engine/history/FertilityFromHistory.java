package cymru.croeso.engine.history;

import cymru.croeso.engine.Sex;

/**
 * Derives age-specific fertility rates from history. Where births by age of mother are given,
 * f(a) = the mean over the reference years of B_mother(y,a) / R(y,F,a); otherwise the standard schedule's shape.
 * Either is then scaled by one factor so that Σₐ f(a)·R(base,F,a) equals the base year's total births, so the
 * projection starts from the fertility level actually observed.
 */
public final class FertilityFromHistory {

    private FertilityFromHistory() {
    }

    /** Rates by age of mother 0 … top. */
    public static double[] rates(ComponentHistory history, String area, YearRange years, int baseYear) {
        double[] f = history.hasBirthsByAgeOfMother() ? observed(history, area, years)
                : StandardFertilitySchedule.shape(history.topAge());
        double[] women = history.atRisk(area, baseYear);
        int from = Sex.FEMALE.ordinal() * history.ages();
        double implied = 0;
        for (int a = 1; a < history.ages(); a++) {
            implied += f[a] * women[from + a];
        }
        double actual = history.totalBirths(area, baseYear);
        if (implied <= 0) {
            if (actual > 0) {
                throw new IllegalArgumentException("fertility for " + area + ": the schedule gives no births to the women of "
                        + baseYear + ", so it cannot be scaled to the " + actual + " births recorded; check the births by age of mother");
            }
            return new double[history.ages()];
        }
        double scale = actual / implied;
        for (int a = 0; a < f.length; a++) {
            f[a] *= scale;
        }
        return f;
    }

    private static double[] observed(ComponentHistory history, String area, YearRange years) {
        int ages = history.ages();
        double[] f = new double[ages];
        int from = Sex.FEMALE.ordinal() * ages;
        for (int y = years.first(); y <= years.last(); y++) {
            double[] births = history.birthsByAgeOfMother(area, y);
            double[] women = history.atRisk(area, y);
            for (int a = 1; a < ages; a++) {
                if (women[from + a] > 0) {
                    f[a] += births[a] / women[from + a] / years.count();
                }
            }
        }
        return f;
    }
}
