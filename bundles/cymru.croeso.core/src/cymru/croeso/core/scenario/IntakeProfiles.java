package cymru.croeso.core.scenario;

import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.Provenance;

/**
 * Illustrative age and sex profiles of planned intakes, for the scenario templates when a project has none of its
 * own. Each is a set of age bands with the share of people in the band, spread evenly over its single years, and a
 * male share. They are marked illustrative in their provenance: replace them with a programme's own figures.
 */
public final class IntakeProfiles {

    /**
     * Families resettled from abroad: about half children, most adults 18–44. Illustrative, after the Home Office
     * immigration statistics' observation that around half of the people resettled under the Vulnerable Persons
     * Resettlement Scheme were under 18; men and women equally.
     */
    public static final Profile FAMILY_RESETTLEMENT = new Profile("family-resettlement", "Resettled families (illustrative)",
            new int[][] {{0, 4}, {5, 10}, {11, 17}, {18, 29}, {30, 44}, {45, 64}, {65, 90}},
            new double[] {0.15, 0.17, 0.16, 0.16, 0.24, 0.10, 0.02}, 0.5);

    /**
     * People housed in asylum dispersal accommodation: mostly adults 18–44, few families. Illustrative, after the
     * Home Office asylum statistics' finding that about three quarters of asylum applicants are male.
     */
    public static final Profile ASYLUM_DISPERSAL = new Profile("asylum-dispersal", "Asylum dispersal (illustrative)",
            new int[][] {{0, 4}, {5, 17}, {18, 29}, {30, 44}, {45, 64}, {65, 90}},
            new double[] {0.06, 0.10, 0.40, 0.34, 0.09, 0.01}, 0.75);

    /** International students: mostly 18–25 (undergraduates and taught postgraduates); illustrative, sexes equal. */
    public static final Profile INTERNATIONAL_STUDENTS = new Profile("international-students", "International students (illustrative)",
            new int[][] {{18, 21}, {22, 25}, {26, 34}, {35, 44}},
            new double[] {0.45, 0.35, 0.18, 0.02}, 0.5);

    private IntakeProfiles() {
    }

    /**
     * An intake profile.
     *
     * @param id        the schedule id it is stored under
     * @param name      the schedule's name
     * @param bands     age bands {first, last}; ages above the project's top age fall into the top age
     * @param shares    the share of people in each band, summing to 1
     * @param maleShare the share who are male
     */
    public record Profile(String id, String name, int[][] bands, double[] shares, double maleShare) {

        /** A new, uncontained schedule for a population with this top age, shares male first as the model stores them. */
        public MigrationSchedule toSchedule(int topAge) {
            int ages = topAge + 1;
            double[] values = new double[2 * ages];
            for (int b = 0; b < bands.length; b++) {
                int width = bands[b][1] - bands[b][0] + 1;
                for (int age = bands[b][0]; age <= bands[b][1]; age++) {
                    int a = Math.min(age, topAge);
                    values[a] += maleShare * shares[b] / width;
                    values[ages + a] += (1 - maleShare) * shares[b] / width;
                }
            }
            MigrationSchedule schedule = CroesoFactory.eINSTANCE.createMigrationSchedule();
            schedule.setId(id);
            schedule.setName(name);
            schedule.setShares(values);
            Provenance provenance = CroesoFactory.eINSTANCE.createProvenance();
            provenance.setIllustrative(true);
            provenance.setNote("Illustrative profile from Croeso's scenario templates; replace it with the programme's own.");
            schedule.setProvenance(provenance);
            return schedule;
        }
    }
}
