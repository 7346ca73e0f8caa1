package cymru.croeso.data.sample;

import java.util.ArrayList;
import java.util.List;

import cymru.croeso.model.Assumptions;
import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.OverrideMode;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;
import cymru.croeso.model.values.PopulationCube;

/**
 * The sample project's international in-migration and its two scenarios: {@value #PRINCIPAL}, the assumptions as
 * they stand, and {@value #HIGH_MIGRATION}, with every in-flow of arrivals × {@value #HIGH_MIGRATION_FACTOR} from
 * the base year (international students, who come and go, are left as they are: {@link SampleStudents}).
 */
public final class SampleScenarios {
    public static final String PRINCIPAL = "principal";
    public static final String HIGH_MIGRATION = "high-migration";
    /** Illustrative; the Welsh Government's own high-migration variants raise international migration similarly. */
    public static final double HIGH_MIGRATION_FACTOR = 1.5;
    /**
     * The scenarios' last year: 2040, so that the questions the product brief asks of 2040 (the replacement-migration
     * solver's) can be asked of the sample. The household projections shipped with the sample stop at 2039; housing
     * demand is calibrated on their first year (2014), so 2040 needs none.
     */
    public static final int END_YEAR = 2040;
    public static final String ARRIVALS_SCHEDULE = "arrivals";

    private SampleScenarios() {
    }

    static void add(Project project, OriginSplit split, SampleWords words) {
        Assumptions assumptions = SampleProject.F.createAssumptions();
        MigrationSchedule arrivals = arrivalsSchedule(split.ages(), words);
        assumptions.getSchedules().add(arrivals);
        List<MigrationTotal> inflows = internationalIn(project, split, arrivals);
        assumptions.getMigration().addAll(inflows);
        assumptions.setProvenance(SampleProject.provenance(PublishedFigures.PRACTICAL_RESOURCE
                + " (ONS International Passenger Survey, 2014)", "Illustrative. The sources give no arrivals by"
                + " authority, only a net balance of about 19,000 non-British nationals in 2014; the sample takes"
                + " 19,000 arrivals a year, spread over authorities and the EU/EEA and other-nationals groups in"
                + " proportion to the sample's 2011 population of those groups; they are not assumed to leave again."
                + " International students come and go (their own flows say how).", true));
        project.setAssumptions(assumptions);
        int baseYear = project.getBasePopulation().getBaseYear();
        Scenario principal = scenario(PRINCIPAL, words.get("scenario.principal"), baseYear);
        principal.setProvenance(SampleProject.provenance(PublishedFigures.PRACTICAL_RESOURCE,
                "The sample's assumptions as they stand.", true));
        Scenario high = scenario(HIGH_MIGRATION, words.get("scenario.highMigration"), baseYear);
        high.setParent(principal);
        high.setProvenance(SampleProject.provenance(PublishedFigures.PRACTICAL_RESOURCE,
                "Illustrative variant: every in-flow of arrivals from abroad × 1.5 from the base year (international"
                + " students, who come and go, as in the principal scenario).", true));
        for (var flow : inflows) {
            ScenarioOverride more = SampleProject.F.createScenarioOverride();
            more.setTarget(flow);
            more.setFromYear(baseYear);
            more.setMode(OverrideMode.MULTIPLIER);
            more.setValue(HIGH_MIGRATION_FACTOR);
            high.getOverrides().add(more);
        }
        project.getScenarios().add(principal);
        project.getScenarios().add(high);
    }

    private static Scenario scenario(String id, String name, int baseYear) {
        Scenario scenario = SampleProject.F.createScenario();
        scenario.setId(id);
        scenario.setName(name);
        scenario.setBaseYear(baseYear);
        scenario.setEndYear(END_YEAR);
        return scenario;
    }

    private static MigrationSchedule arrivalsSchedule(int ages, SampleWords words) {
        double[] shares = new double[PopulationCube.SEXES * ages];
        double sum = 0;
        for (int s = 0; s < PopulationCube.SEXES; s++) {
            for (int age = 0; age < ages; age++) {
                shares[s * ages + age] = IllustrativeRules.arrivalIntensity(age);
                sum += shares[s * ages + age];
            }
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= sum;
        }
        MigrationSchedule schedule = SampleProject.F.createMigrationSchedule();
        schedule.setId(ARRIVALS_SCHEDULE);
        schedule.setName(words.get("schedule.arrivals"));
        schedule.setShares(shares);
        schedule.setProvenance(SampleProject.provenance("Croeso illustrative profile",
                "Young adults most, children with their families, few older people; the same for both sexes.", true));
        return schedule;
    }

    private static List<MigrationTotal> internationalIn(Project project, OriginSplit split,
            MigrationSchedule schedule) {
        int[] groups = {OriginSplit.EU_EEA, OriginSplit.THIRD_COUNTRY};
        int areas = split.areaCodes().size();
        double[] stock = new double[areas * groups.length];
        for (int a = 0; a < areas; a++) {
            for (int k = 0; k < groups.length; k++) {
                for (int s = 0; s < PopulationCube.SEXES; s++) {
                    for (int age = 0; age < split.ages(); age++) {
                        stock[a * groups.length + k] += split.persons(a, groups[k], s, age);
                    }
                }
            }
        }
        int[] arrivals = Apportionment.split(PublishedFigures.NET_INFLOW_NON_BRITISH_2014, stock);
        List<MigrationTotal> flows = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            for (int k = 0; k < groups.length; k++) {
                MigrationTotal flow = SampleProject.F.createMigrationTotal();
                flow.setKind(MigrationKind.INTERNATIONAL_IN);
                flow.setArea(project.getAreas().get(a));
                flow.setGroup(project.getGroups().get(groups[k]));
                flow.setTotal(arrivals[a * groups.length + k]);
                flow.setSchedule(schedule);
                flow.setProvenance(SampleProject.provenance(PublishedFigures.PRACTICAL_RESOURCE,
                        "Share of about 19,000 arrivals a year (illustrative; see the assumptions' note).", true));
                flows.add(flow);
            }
        }
        return flows;
    }
}
