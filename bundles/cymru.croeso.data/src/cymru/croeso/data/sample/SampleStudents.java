package cymru.croeso.data.sample;

import java.util.Arrays;

import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationRate;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.Project;
import cymru.croeso.model.values.PopulationCube;

/**
 * International students come for their course and leave again, so that the sample's 25,000 students of 2011 do not
 * stay and age in place: every year a share of them leaves the country and new students arrive in the four
 * university authorities. Both flows are illustrative: the sources give the number of students (25,000 in 2013-14,
 * {@value PublishedFigures#PRACTICAL_RESOURCE}) but not how long they stay or how many arrive.
 */
public final class SampleStudents {
    /**
     * The share of the international students who leave each year: a third, so that a student stays three years on
     * average (the length of a first degree in Wales; taught postgraduates stay less, research students more).
     * Illustrative.
     */
    public static final double LEAVING_RATE = 1.0 / 3;
    /**
     * New international students a year: the number that keeps the 25,000 in place when a third leave each year
     * (25,000 × 1/3, rounded). Illustrative.
     */
    public static final int ARRIVALS_PER_YEAR = (int) Math.round(PublishedFigures.INTERNATIONAL_STUDENTS_2013_14
            * LEAVING_RATE);
    public static final String ARRIVALS_SCHEDULE = "student-arrivals";

    private SampleStudents() {
    }

    /** Adds the students' leaving rate (every area) and their arrivals (the university authorities) to the project. */
    static void add(Project project, OriginSplit split, SampleWords words) {
        var students = project.getGroups().get(OriginSplit.STUDENTS);
        int ages = split.ages();
        MigrationRate leaving = SampleProject.F.createMigrationRate();
        leaving.setKind(MigrationKind.INTERNATIONAL_OUT);
        leaving.setGroup(students);
        double[] rates = new double[PopulationCube.SEXES * ages];
        Arrays.fill(rates, LEAVING_RATE);
        leaving.setRates(rates);
        leaving.setProvenance(SampleProject.provenance(PublishedFigures.PRACTICAL_RESOURCE,
                "Illustrative. A third of the international students leave the country each year, at every age and"
                        + " in every area, so that they stay three years on average; the sources give their number"
                        + " (25,000 in 2013-14) but not how long they stay.", true));
        project.getAssumptions().getMigration().add(leaving);

        MigrationSchedule schedule = arrivalsSchedule(ages, words);
        project.getAssumptions().getSchedules().add(schedule);
        double[] weights = new double[split.areaCodes().size()];
        for (int a = 0; a < weights.length; a++) {
            weights[a] = split.students(a);
        }
        int[] arrivals = Apportionment.split(ARRIVALS_PER_YEAR, weights);
        for (int a = 0; a < arrivals.length; a++) {
            if (arrivals[a] == 0) {
                continue;
            }
            MigrationTotal flow = SampleProject.F.createMigrationTotal();
            flow.setKind(MigrationKind.INTERNATIONAL_IN);
            flow.setArea(project.getAreas().get(a));
            flow.setGroup(students);
            flow.setTotal(arrivals[a]);
            flow.setSchedule(schedule);
            flow.setProvenance(SampleProject.provenance(PublishedFigures.PRACTICAL_RESOURCE, "Illustrative. The area's"
                    + " share, by its 2011 international students, of " + ARRIVALS_PER_YEAR + " new students a year:"
                    + " as many as leave when a third of 25,000 leave each year, so the number of students stays"
                    + " near 25,000.", true));
            project.getAssumptions().getMigration().add(flow);
        }
    }

    /** New students by age: the ages students are (18–34, most 18–24), the same for both sexes. */
    private static MigrationSchedule arrivalsSchedule(int ages, SampleWords words) {
        double[] shares = new double[PopulationCube.SEXES * ages];
        double sum = 0;
        for (int s = 0; s < PopulationCube.SEXES; s++) {
            for (int age = 0; age < ages; age++) {
                shares[s * ages + age] = IllustrativeRules.studentIntensity(s, age);
                sum += shares[s * ages + age];
            }
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= sum;
        }
        MigrationSchedule schedule = SampleProject.F.createMigrationSchedule();
        schedule.setId(ARRIVALS_SCHEDULE);
        schedule.setName(words.get("schedule.students"));
        schedule.setShares(shares);
        schedule.setProvenance(SampleProject.provenance("Croeso illustrative profile",
                "The ages at which the sample places its international students: undergraduates 18–24 most,"
                        + " postgraduates up to 34; the same for both sexes.", true));
        return schedule;
    }
}
