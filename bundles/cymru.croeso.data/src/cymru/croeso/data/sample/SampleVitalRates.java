package cymru.croeso.data.sample;

import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.LifeExpectancyMortality;
import cymru.croeso.model.Project;
import cymru.croeso.model.TotalFertility;

/**
 * The sample's fertility and mortality, one assumption each for every area and group, so that its scenarios can be
 * projected as they stand: Wales-level figures rounded, flagged illustrative (planners replace them with rates
 * derived from their own history, e.g. with {@code ./croeso cli project}).
 */
final class SampleVitalRates {
    /** Life expectancy at birth, Wales, about 78.4 (men) and 82.3 (women): ONS national life tables 2012–2014. */
    static final double MALE_LIFE_EXPECTANCY = 78.4;
    static final double FEMALE_LIFE_EXPECTANCY = 82.3;
    /** Total fertility rate, Wales 2014, about 1.8: ONS births in England and Wales 2014. */
    static final double TFR = 1.8;

    private SampleVitalRates() {
    }

    static void add(Project project, int ages) {
        CroesoFactory f = CroesoFactory.eINSTANCE;
        LifeExpectancyMortality mortality = f.createLifeExpectancyMortality();
        mortality.setMaleLifeExpectancy(MALE_LIFE_EXPECTANCY);
        mortality.setFemaleLifeExpectancy(FEMALE_LIFE_EXPECTANCY);
        mortality.setStandardRates(gompertz(ages));
        mortality.setProvenance(SampleProject.provenance("ONS national life tables, Wales, 2012-2014",
                "Life expectancy at birth rounded, the same for every area and origin group, fitted onto a"
                        + " Gompertz schedule (0.00005 x e^(0.09 x age), 0.004 in the first year).", true));
        project.getAssumptions().getMortality().add(mortality);
        TotalFertility fertility = f.createTotalFertility();
        fertility.setTfr(TFR);
        fertility.setProvenance(SampleProject.provenance("ONS births in England and Wales, 2014",
                "Total fertility rate for Wales rounded, the same for every area and origin group.", true));
        project.getAssumptions().getFertility().add(fertility);
    }

    /** Probabilities of dying by sex (male, female) and single year of age: a Gompertz curve, capped at 0.9. */
    private static double[] gompertz(int ages) {
        double[] rates = new double[2 * ages];
        for (int i = 0; i < rates.length; i++) {
            int age = i % ages;
            rates[i] = age == 0 ? 0.004 : Math.min(0.9, 0.00005 * Math.exp(0.09 * age));
        }
        return rates;
    }
}
