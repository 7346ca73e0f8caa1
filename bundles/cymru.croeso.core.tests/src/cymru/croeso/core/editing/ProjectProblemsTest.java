package cymru.croeso.core.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.LifeExpectancyMortality;

class ProjectProblemsTest {
    private final SampleSession sample = new SampleSession();

    @Test
    void theSampleHasNoProblems() {
        assertEquals(List.of(), ProjectProblems.of(sample.project, Locale.UK));
    }

    @Test
    void aReversedHorizonIsReportedOnTheScenariosBaseYear() {
        sample.principal().setEndYear(2000);
        List<Problem> problems = ProjectProblems.of(sample.project, Locale.UK);
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertTrue(p.isError());
        assertEquals(sample.principal(), p.element());
        assertEquals(Literals.SCENARIO__BASE_YEAR, p.feature());
        assertEquals(-1, p.index());
        assertEquals("Scenario principal (Principal): base year (2011) is after end year (2000). Put the years in order.",
                p.message());
    }

    @Test
    void anImpossibleRatePointsAtItsPositionAndIsWordedInWelsh() {
        LifeExpectancyMortality mortality = (LifeExpectancyMortality) sample.project.getAssumptions().getMortality().get(0);
        double[] rates = mortality.getStandardRates().clone();
        rates[91 + 40] = 1.5; // females aged 40
        mortality.setStandardRates(rates);
        List<Problem> problems = ProjectProblems.of(sample.project, Locale.forLanguageTag("cy"));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(mortality, problems.get(0).element());
        assertEquals(Literals.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES, problems.get(0).feature());
        assertEquals(131, problems.get(0).index());
        assertTrue(problems.get(0).message().contains("132"), "the message counts from 1: " + problems.get(0).message());
    }
}
