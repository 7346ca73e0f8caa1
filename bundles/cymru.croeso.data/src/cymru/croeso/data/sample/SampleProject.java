package cymru.croeso.data.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cymru.croeso.data.table.WideTableRow;
import cymru.croeso.model.Area;
import cymru.croeso.model.AreaKind;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.Indicator;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.Measurement;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.Provenance;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.Services;
import cymru.croeso.model.defaults.DefaultPopulationGroups;
import cymru.croeso.model.defaults.DefaultServiceAssumptions;
import cymru.croeso.model.files.AssumptionIds;
import cymru.croeso.model.files.ProjectFormat;
import cymru.croeso.model.values.PopulationCube;

/**
 * Builds the sample project "Cymru" that Croeso opens on first start: the 22 Welsh authorities' mid-2011
 * populations split into the six origin groups ({@link OriginSplit}), the 2014-based household projections, two
 * scenarios ({@link SampleScenarios}) and the service calculations' figures at their documented defaults, all from
 * files inside this bundle, every figure with its provenance. Assumptions carry identifiers
 * ({@code internationalIn-W06000015-eu-eea}), by which the command line and the scenarios name them.
 */
public final class SampleProject {
    public static final String NAME = "Cymru";
    public static final String NOMIS_SOURCE = "ONS mid-year population estimates, mid-2011, by sex and single year"
            + " of age (Nomis NM_2002_1, " + SamplePopulation.FILE + ", via nismod/ukpopulation, MIT);"
            + " Open Government Licence";
    /** The id of the indicator that carries the household projections. */
    public static final String HOUSEHOLDS_INDICATOR = "households-2014-based";

    static final CroesoFactory F = CroesoFactory.eINSTANCE;

    private SampleProject() {
    }

    /** A new, uncontained project "Cymru" named in English (the CLI's and the tests'); each call builds a fresh one. */
    public static Project cymru() {
        return cymru(Locale.ENGLISH);
    }

    /**
     * A new, uncontained project "Cymru" whose scenarios, schedules and description are named in the language of
     * {@code locale} (Welsh for {@code cy}, else English): the workbench makes its first project in the language it
     * first starts in. Ids are the same in both, so the CLI and anything else that names a scenario by id works on
     * either.
     */
    public static Project cymru(Locale locale) {
        SampleWords words = new SampleWords(locale);
        Project project = F.createProject();
        project.setName(NAME);
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        project.setDescription(words.get("description"));
        project.setProvenance(provenance(NOMIS_SOURCE + "; " + PublishedFigures.CONFERENCE + "; "
                + PublishedFigures.PRACTICAL_RESOURCE + "; " + SampleHouseholds.SOURCE,
                "Built by Croeso's SampleProject from the files shipped with the product.", true));
        List<WelshAuthority> authorities = WelshAuthority.all();
        List<String> codes = new ArrayList<>();
        List<int[][]> populations = new ArrayList<>();
        for (WelshAuthority authority : authorities) {
            project.getAreas().add(area(authority));
            codes.add(authority.code());
            populations.add(wholePersons(authority.code()));
        }
        project.getGroups().addAll(DefaultPopulationGroups.create());
        OriginSplit split = new OriginSplit(codes, populations);
        project.setBasePopulation(basePopulation(project, split));
        GroupNotes.describe(project, split);
        project.getIndicators().add(households(project, words));
        SampleScenarios.add(project, split, words);
        SampleStudents.add(project, split, words);
        SampleVitalRates.add(project, SamplePopulation.TOP_AGE + 1);
        project.setServices(services());
        SampleEsolProvision.add(project, words);
        AssumptionIds.assignMissing(project);
        return project;
    }

    /**
     * No school estates, housing stock or GP practices (the sources give none by authority; the ESOL providers
     * {@link SampleEsolProvision} adds are illustrative), but
     * the figures of the service calculations, stated so that the file carries them: every one at its documented
     * default, each documented in the model with its source.
     */
    private static Services services() {
        Services services = F.createServices();
        ServiceAssumptions figures = DefaultServiceAssumptions.create();
        figures.setProvenance(provenance("Croeso's documented defaults (see each figure's"
                + " description): 2011 Census household language, via " + PublishedFigures.PRACTICAL_RESOURCE + "; "
                + PublishedFigures.CONFERENCE,
                "Figures with no published source (ESOL uptake, drop-out, hours and cost; vacancy, second homes,"
                        + " communal establishments, crowding; GP registration; participation; EAL share of UK-born"
                        + " pupils) are placeholders: replace them with local figures.", true));
        services.setAssumptions(figures);
        return services;
    }

    static Provenance provenance(String source, String note, boolean illustrative) {
        Provenance provenance = F.createProvenance();
        provenance.setSource(source);
        provenance.setNote(note);
        provenance.setIllustrative(illustrative);
        return provenance;
    }

    private static Area area(WelshAuthority authority) {
        Area area = F.createArea();
        area.setCode(authority.code());
        area.setNameEn(authority.nameEn());
        area.setNameCy(authority.nameCy());
        area.setKind(AreaKind.LOCAL_AUTHORITY);
        return area;
    }

    private static int[][] wholePersons(String code) {
        AreaPyramid pyramid = SamplePopulation.pyramid(code);
        if (pyramid == null) {
            throw new IllegalStateException("the sample population has no authority " + code);
        }
        double[][] bySex = new double[PopulationCube.SEXES][];
        bySex[PopulationCube.MALE] = pyramid.males();
        bySex[PopulationCube.FEMALE] = pyramid.females();
        int[][] persons = new int[PopulationCube.SEXES][pyramid.topAge() + 1];
        for (int s = 0; s < PopulationCube.SEXES; s++) {
            for (int age = 0; age < persons[s].length; age++) {
                persons[s][age] = (int) bySex[s][age];
                if (persons[s][age] != bySex[s][age]) {
                    throw new IllegalStateException(code + " has " + bySex[s][age] + " persons at age " + age
                            + "; the estimates are whole persons");
                }
            }
        }
        return persons;
    }

    private static BasePopulation basePopulation(Project project, OriginSplit split) {
        List<PopulationGroup> groups = project.getGroups();
        checkGroupOrder(groups);
        BasePopulation population = F.createBasePopulation();
        population.setBaseYear(SamplePopulation.YEAR);
        population.setTopAge(split.ages() - 1);
        population.getAreas().addAll(project.getAreas());
        population.getGroups().addAll(groups);
        PopulationCube cube = PopulationCube.of(population);
        double[] values = new double[cube.size()];
        for (int a = 0; a < cube.areas(); a++) {
            for (int g = 0; g < cube.groups(); g++) {
                for (int s = 0; s < PopulationCube.SEXES; s++) {
                    for (int age = 0; age < cube.ages(); age++) {
                        values[cube.index(a, g, s, age)] = split.persons(a, g, s, age);
                    }
                }
            }
        }
        population.setValues(values);
        population.setProvenance(provenance(NOMIS_SOURCE + "; " + PublishedFigures.CONFERENCE + "; "
                + PublishedFigures.PRACTICAL_RESOURCE,
                "Each authority's persons by sex and age are the published estimates exactly. Their split into"
                        + " origin groups reproduces the published Wales-level figures (5.8 % born abroad, 27.4 % of"
                        + " them in Cardiff, their shares under 15 and 65+, 2,856 asylum seekers, 25,000"
                        + " international students) by illustrative rules; each group's note says how.", true));
        return population;
    }

    private static void checkGroupOrder(List<PopulationGroup> groups) {
        List<String> expected = List.of(DefaultPopulationGroups.UK_BORN, DefaultPopulationGroups.EU_EEA,
                DefaultPopulationGroups.THIRD_COUNTRY, DefaultPopulationGroups.ASYLUM_SEEKERS,
                DefaultPopulationGroups.REFUGEES, DefaultPopulationGroups.INTERNATIONAL_STUDENTS);
        List<String> actual = groups.stream().map(PopulationGroup::getId).toList();
        if (!actual.equals(expected)) {
            throw new IllegalStateException("the default groups are " + actual + ", but the sample splits into "
                    + expected);
        }
    }

    /**
     * The model has no field for projected households, so they travel as an indicator whose measurements give, for
     * each authority and year, the projected households as the baseline.
     */
    private static Indicator households(Project project, SampleWords words) {
        Map<String, Area> byCode = new HashMap<>();
        project.getAreas().forEach(a -> byCode.put(a.getCode(), a));
        Indicator indicator = F.createIndicator();
        indicator.setId(HOUSEHOLDS_INDICATOR);
        indicator.setDomain(IntegrationDomain.HOUSING);
        indicator.setWording(words.get("indicator.households"));
        for (WideTableRow row : SampleHouseholds.allTypes().rows()) {
            Area area = byCode.get(row.areaCode());
            if (area == null) {
                throw new IllegalStateException(SampleHouseholds.FILE + " has an authority " + row.areaCode()
                        + " that is not one of the 22");
            }
            Measurement measurement = F.createMeasurement();
            measurement.setYear(row.year());
            measurement.setArea(area);
            measurement.setBaseline(row.value());
            indicator.getMeasurements().add(measurement);
        }
        indicator.setProvenance(provenance(SampleHouseholds.SOURCE, String.format(Locale.ROOT,
                "%d values: 22 authorities × %d years, household type All, as published.",
                indicator.getMeasurements().size(), indicator.getMeasurements().size() / 22), false));
        return indicator;
    }
}
