package cymru.croeso.data.sample;

import java.util.List;
import java.util.Locale;

import cymru.croeso.model.Area;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;

/**
 * Writes each origin group's provenance in the sample project: which published figure it reproduces, which
 * illustrative rule placed it, and the resulting figures a planner would want to check.
 */
final class GroupNotes {

    private GroupNotes() {
    }

    static void describe(Project project, OriginSplit split) {
        List<PopulationGroup> groups = project.getGroups();
        String seeds = PublishedFigures.CONFERENCE + "; " + PublishedFigures.PRACTICAL_RESOURCE;
        double[] ukBorn = bandShares(split, OriginSplit.UK_BORN, OriginSplit.UK_BORN);
        groups.get(OriginSplit.UK_BORN).setProvenance(SampleProject.provenance(SampleProject.NOMIS_SOURCE + "; "
                + PublishedFigures.CONFERENCE, String.format(Locale.ROOT, "Everyone not placed in a migrant group."
                + " In the sample %.2f %% of the UK-born are under 15 and %.2f %% are 65 or over, not the published"
                + " 18.5 %% and 20 %%: with the mid-2011 totals, 5.8 %% born abroad and the migrants' published age"
                + " shares, the UK-born shares follow and cannot be chosen. Their spread over authorities follows"
                + " from the illustrative placing of migrants.", 100 * ukBorn[0], 100 * ukBorn[1]), true));
        String settled = String.format(Locale.ROOT, "Migrants other than asylum seekers and students: 5.8 %% of"
                + " Wales's population are born abroad, 27.4 %% of them in Cardiff; elsewhere they are spread in"
                + " proportion to population (illustrative). Split %.0f %% EU/EEA, %.0f %% other nationals,"
                + " %.0f %% refugees (illustrative: the sources give no split and say the number of refugees is"
                + " unknown). Ages follow the migrants' published shares (10.7 %% under 15, 10.3 %% 65+).",
                100 * IllustrativeRules.EU_EEA_SHARE, 100 * IllustrativeRules.THIRD_COUNTRY_SHARE,
                100 * IllustrativeRules.REFUGEE_SHARE);
        for (int g : new int[] {OriginSplit.EU_EEA, OriginSplit.THIRD_COUNTRY, OriginSplit.REFUGEES}) {
            groups.get(g).setProvenance(SampleProject.provenance(seeds, settled, true));
        }
        groups.get(OriginSplit.ASYLUM_SEEKERS).setProvenance(SampleProject.provenance(
                PublishedFigures.PRACTICAL_RESOURCE + " (Home Office Migration Statistics, Q4 2015)",
                "2,856 people seeking asylum in December 2015, split over the four dispersal areas in proportion to"
                        + " their population (illustrative): " + placed(project, split, true)
                        + ". Ages: mostly young adults, more men than women, some children (illustrative).", true));
        groups.get(OriginSplit.STUDENTS).setProvenance(SampleProject.provenance(
                PublishedFigures.PRACTICAL_RESOURCE + " (Universities Wales, 2013/14)",
                "25,000 international students, split over the authorities of Aberystwyth, Bangor, Cardiff and"
                        + " Swansea in proportion to their population aged 18-24 (illustrative): "
                        + placed(project, split, false) + ". Ages 18-34, mostly 18-24 (illustrative).", true));
    }

    private static String placed(Project project, OriginSplit split, boolean asylum) {
        StringBuilder text = new StringBuilder();
        for (int a = 0; a < split.areaCodes().size(); a++) {
            int n = asylum ? split.asylumSeekers(a) : split.students(a);
            if (n > 0) {
                Area area = project.getAreas().get(a);
                text.append(text.isEmpty() ? "" : ", ").append(area.getNameEn()).append(' ')
                        .append(String.format(Locale.ROOT, "%,d", n));
            }
        }
        return text.toString();
    }

    /** Wales-level shares under 15 and 65+ of the groups {@code first} … {@code last}. */
    static double[] bandShares(OriginSplit split, int first, int last) {
        long all = 0;
        long young = 0;
        long old = 0;
        for (int a = 0; a < split.areaCodes().size(); a++) {
            for (int g = first; g <= last; g++) {
                for (int s = 0; s < 2; s++) {
                    for (int age = 0; age < split.ages(); age++) {
                        int n = split.persons(a, g, s, age);
                        all += n;
                        young += age <= PublishedFigures.LAST_AGE_UNDER_15 ? n : 0;
                        old += age >= PublishedFigures.FIRST_AGE_65_AND_OVER ? n : 0;
                    }
                }
            }
        }
        return new double[] {(double) young / all, (double) old / all};
    }
}
