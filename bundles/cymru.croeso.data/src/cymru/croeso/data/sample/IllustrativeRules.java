package cymru.croeso.data.sample;

import cymru.croeso.model.values.PopulationCube;

/**
 * The assumptions the sample project "Cymru" adds where the published figures stop; every one is illustrative, is
 * marked so in the project, and can be changed by the planner.
 *
 * <p>Age profiles are intensities relative to the population of each sex and age in the authority: a cell with
 * intensity 2 gets, per resident, twice the share of a group that a cell with intensity 1 gets.
 */
public final class IllustrativeRules {

    /**
     * Shares of the migrants who are neither asylum seekers nor international students: EU/EEA nationals, other
     * (third-country) nationals and refugees. The sources give no split; the number of refugees in Wales "is
     * unknown" ({@value PublishedFigures#PRACTICAL_RESOURCE}). Poland and Ireland are among the top four countries of
     * birth ({@value PublishedFigures#CONFERENCE}), hence a large EU share.
     */
    public static final double EU_EEA_SHARE = 0.45;
    public static final double THIRD_COUNTRY_SHARE = 0.50;
    public static final double REFUGEE_SHARE = 0.05;

    private IllustrativeRules() {
    }

    /** Migrants other than asylum seekers and students, within their age band: concentrated at ages 20–44. */
    public static double settledMigrantIntensity(int sex, int age) {
        return age >= 20 && age <= 44 ? 2 : 1;
    }

    /** People seeking asylum: mostly young adults, more men than women, some with children. */
    public static double asylumSeekerIntensity(int sex, int age) {
        if (age < 18) {
            return 1;
        }
        if (age < 40) {
            return sex == PopulationCube.MALE ? 4 : 2;
        }
        if (age < 65) {
            return sex == PopulationCube.MALE ? 1.5 : 1;
        }
        return 0.2;
    }

    /** International students: undergraduates aged 18–24 and postgraduates up to 34; none at other ages. */
    public static double studentIntensity(int sex, int age) {
        if (age >= 18 && age <= 21) {
            return 4;
        }
        if (age >= 22 && age <= 24) {
            return 3;
        }
        if (age >= 25 && age <= 29) {
            return 1.5;
        }
        return age >= 30 && age <= 34 ? 0.5 : 0;
    }

    /** Arrivals from abroad by age (the same for both sexes): young adults most, children with their families. */
    public static double arrivalIntensity(int age) {
        if (age < 18) {
            return 0.4;
        }
        if (age < 35) {
            return 2.5;
        }
        if (age < 45) {
            return 1.2;
        }
        if (age < 55) {
            return 0.5;
        }
        return age < 65 ? 0.25 : 0.08;
    }
}
