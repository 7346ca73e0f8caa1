package cymru.croeso.data.sample;

import java.util.List;
import java.util.Locale;

import cymru.croeso.model.Area;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.values.PopulationCube;

/**
 * Illustrative ESOL provision for the sample: one provider for each authority, whose places a year meet the base
 * year's new applications under the sample's own service figures, so that a scenario's (and workshop mode's) ESOL
 * chart starts from a balanced baseline and shows how demand moves away from it. No source publishes ESOL places by
 * Welsh authority: these are not published figures, and are flagged illustrative for a planner to replace.
 */
final class SampleEsolProvision {
    /** Adults are aged 16 and over, as in the ESOL calculation (the engine's {@code EsolAssumptions.ADULT_AGE}). */
    static final int ADULT_AGE = 16;
    /** Places are rounded to tens: a provider plans classes, not single places. */
    static final int ROUND_TO = 10;
    static final String NOTE = "Illustrative, not published: places a year = the base year's new ESOL applicants"
            + " (adults aged 16+ × the share who cannot speak English or Welsh well × the yearly uptake rate, the"
            + " sample's service figures), rounded to tens. No source gives ESOL places by Welsh authority; replace"
            + " with the providers' own figures.";

    private SampleEsolProvision() {
    }

    /** Adds a provider for every area of {@code project}, whose base population and service figures must be set. */
    static void add(Project project, SampleWords words) {
        ServiceAssumptions figures = project.getServices().getAssumptions();
        List<Area> areas = project.getBasePopulation().getAreas();
        for (int a = 0; a < areas.size(); a++) {
            EsolProvider provider = SampleProject.F.createEsolProvider();
            provider.setName(String.format(words.get("esolProvider"), areas.get(a).getNameEn(), areas.get(a).getNameCy()));
            provider.setArea(areas.get(a));
            provider.setPlaces(places(project.getBasePopulation(), figures, a));
            provider.setProvenance(SampleProject.provenance(String.format(Locale.ROOT,
                    "Croeso's sample; %s base population and service figures", SamplePopulation.YEAR), NOTE, true));
            project.getServices().getEsolProviders().add(provider);
        }
    }

    /** The base year's new applicants in area {@code a}, rounded to tens. */
    static int places(BasePopulation population, ServiceAssumptions figures, int a) {
        PopulationCube cube = PopulationCube.of(population);
        List<PopulationGroup> groups = population.getGroups();
        double[] values = population.getValues();
        double applying = 0;
        for (int g = 0; g < cube.groups(); g++) {
            double share = groups.get(g).isUkBorn() ? figures.getUkBornLimitedEnglishShare()
                    : figures.getNonUkBornLimitedEnglishShare();
            for (int s = 0; s < PopulationCube.SEXES; s++) {
                for (int age = ADULT_AGE; age < cube.ages(); age++) {
                    applying += values[cube.index(a, g, s, age)] * share * figures.getEsolUptakeRate();
                }
            }
        }
        return (int) Math.round(applying / ROUND_TO) * ROUND_TO;
    }
}
