package cymru.croeso.core.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.MigrationRule;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;
import cymru.croeso.model.OverrideMode;
import cymru.croeso.model.Scenario;

class ProjectionInputsBuilderTest {
    private static final double EPS = 1e-9;
    private static final int A = 0;
    private static final int UK = 0;
    private static final int REF = 1;

    @Test
    void sexesAreSwappedFromMaleFirstToFemaleFirst() {
        TinyProject p = new TinyProject();
        ProjectionInputs in = ProjectionInputsBuilder.build(ScenarioResolver.resolve(p.project, p.principal));
        // Model: A uk-born male 10,20,30,40 then female 11,21,31,41.
        assertEquals(10, in.base().get(A, UK, Sex.MALE, 0));
        assertEquals(41, in.base().get(A, UK, Sex.FEMALE, 3));
        assertEquals(2, in.base().get(1, REF, Sex.FEMALE, 0));
        assertEquals(0, in.base().get(1, REF, Sex.MALE, 0));
        // Mortality male {.01,.02,.03,.5}, female {.005,.01,.02,.4}: engine female run first.
        double[] m = in.mortality().rates().valuesIn(2021);
        assertEquals(0.005, m[in.shape().cell(A, UK, Sex.FEMALE.ordinal(), 0)]);
        assertEquals(0.5, m[in.shape().cell(A, UK, Sex.MALE.ordinal(), 3)]);
        MigrationRule.Counts c = (MigrationRule.Counts) in.migration().rule(MigrationFlow.INTERNATIONAL_IN, REF);
        double[] counts = c.counts().valuesIn(2021); // [area][sex][age], female first: female 0,3,4,0 then male 0,1,2,0
        assertArrayEquals(new double[] {0, 3, 4, 0, 0, 1, 2, 0}, java.util.Arrays.copyOf(counts, 8), EPS);
        assertEquals(0, java.util.Arrays.stream(counts, 8, 16).sum()); // no flow into B
        assertEquals(0, in.fertility().birthGroup());
    }

    /**
     * Area A in 2021 worked by hand. Population at risk: uk-born male 1:10 2:20 3:30+40; female 1:11 2:21 3:72;
     * refugees male 1:1 2:2 3:7, female 1:5 2:6 3:15. Births = .1·11 + .2·21 + .1·5 + .2·6 = 7; boys 7·105/205.
     */
    @Test
    void oneYearOfTheTinyProjectMatchesTheHandComputation() {
        TinyProject p = new TinyProject();
        ProjectionResult r = new ScenarioRunner(p.project).run("principal").result();
        double boys = 7.0 * 105 / 205;
        double girls = 7.0 * 100 / 205;
        double[][] expectedUkMale = {{boys * 0.99, 10 * 0.98 - 1.0, 20 * 0.97 - 2.0, 70 * 0.5}};
        double[][] expectedUkFemale = {{girls * 0.995, 11 * 0.99 - 0.55, 21 * 0.98 - 1.05, 72 * 0.6}};
        double[] expectedRefMale = {0, 1 * 0.98 + 1, 2 * 0.97 + 2, 7 * 0.5};
        double[] expectedRefFemale = {0, 5 * 0.99 + 3, 6 * 0.98 + 4, 15 * 0.6};
        for (int age = 0; age <= 3; age++) {
            assertEquals(expectedUkMale[0][age], r.population(2021, A, UK, Sex.MALE, age), EPS, "uk male " + age);
            assertEquals(expectedUkFemale[0][age], r.population(2021, A, UK, Sex.FEMALE, age), EPS, "uk female " + age);
            assertEquals(expectedRefMale[age], r.population(2021, A, REF, Sex.MALE, age), EPS, "ref male " + age);
            assertEquals(expectedRefFemale[age], r.population(2021, A, REF, Sex.FEMALE, age), EPS, "ref female " + age);
        }
    }

    @Test
    void childEqualsParentExceptWhereItOverrides() {
        TinyProject p = new TinyProject();
        Scenario child = p.child("child", p.principal);
        TinyProject.override(child, p.refugeesIn, OverrideMode.MULTIPLIER, 2, 2023);
        ScenarioRunner runner = new ScenarioRunner(p.project);
        ScenarioRun parent = runner.run(p.principal);
        ScenarioRun kid = runner.run(child);
        for (int year = 2021; year <= 2025; year++) {
            List<String> differences = InputsComparison.differencesIn(parent.inputs(), kid.inputs(), year);
            assertEquals(year < 2023 ? List.of() : List.of("INTERNATIONAL_IN/1"), differences, "year " + year);
        }
        double[] doubled = ((MigrationRule.Counts) kid.inputs().migration().rule(MigrationFlow.INTERNATIONAL_IN, REF))
                .counts().valuesIn(2023);
        double[] stated = ((MigrationRule.Counts) parent.inputs().migration().rule(MigrationFlow.INTERNATIONAL_IN, REF))
                .counts().valuesIn(2023);
        for (int i = 0; i < stated.length; i++) {
            assertEquals(2 * stated[i], doubled[i], EPS);
        }
        // The projections agree cell by cell until the override's year and differ from it.
        for (int year = 2020; year <= 2022; year++) {
            assertArrayEquals(parent.result().populationIn(year), kid.result().populationIn(year), "year " + year);
        }
        assertEquals(parent.result().total(2023) + 10, kid.result().total(2023), EPS);
    }

    @Test
    void aChildWithoutOverridesProjectsExactlyLikeItsParent() {
        TinyProject p = new TinyProject();
        Scenario child = p.child("same", p.principal);
        ScenarioRunner runner = new ScenarioRunner(p.project);
        ScenarioRun parent = runner.run(p.principal);
        ScenarioRun kid = runner.run(child);
        for (int year = 2020; year <= 2025; year++) {
            assertEquals(List.of(), InputsComparison.differencesIn(parent.inputs(), kid.inputs(), Math.max(year, 2021)));
            assertArrayEquals(parent.result().populationIn(year), kid.result().populationIn(year));
        }
    }

    @Test
    void liveRunsReuseOneProjectionAndGiveTheSameNumbers() {
        TinyProject p = new TinyProject();
        Scenario child = p.child("child", p.principal);
        TinyProject.override(child, p.fertility, OverrideMode.ABSOLUTE, 0.6, 2021); // TFR .3 → .6 doubles births
        ScenarioRunner runner = new ScenarioRunner(p.project);
        double independent = runner.run(child).result().total(2025);
        double[] first = runner.runLive(p.principal).result().populationIn(2025);
        assertEquals(independent, runner.runLive(child).result().total(2025), EPS);
        assertNotEquals(first[0], runner.runLive(child).result().populationIn(2025)[0]);
        double births = runner.run(child).result().component(cymru.croeso.engine.Component.BIRTHS, 2021, A, UK, Sex.MALE, 0);
        assertEquals(2 * 7.0 * 105 / 205, births, EPS);
    }

    @Test
    void lifeExpectancyMortalityHitsTheStatedLifeExpectancy() {
        TinyProject p = new TinyProject();
        cymru.croeso.model.LifeExpectancyMortality le = TinyProject.F.createLifeExpectancyMortality();
        le.setMaleLifeExpectancy(2.5);
        le.setFemaleLifeExpectancy(3.0);
        le.setStandardRates(new double[] {0.1, 0.1, 0.2, 0.4, 0.1, 0.1, 0.2, 0.4});
        le.setGroup(p.refugees);
        p.assumptions.getMortality().add(le);
        ProjectionInputs in = ProjectionInputsBuilder.build(ScenarioResolver.resolve(p.project, p.principal));
        double[] m = in.mortality().rates().valuesIn(2022);
        for (Sex sex : Sex.values()) {
            double[] q = new double[4];
            System.arraycopy(m, in.shape().firstCell(A, REF, sex.ordinal()), q, 0, 4);
            assertEquals(sex == Sex.MALE ? 2.5 : 3.0, new cymru.croeso.engine.LifeTable(q).lifeExpectancyAtBirth(), 1e-9);
        }
        // The uk-born keep the age-specific rates: the group-specific assumption is the more specific one only for refugees.
        assertEquals(0.4, m[in.shape().cell(A, UK, Sex.FEMALE.ordinal(), 3)]);
    }
}
