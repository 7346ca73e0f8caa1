package cymru.croeso.core.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.scenario.ScenarioRunner;
import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.engine.services.EsolDemand;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.Project;

/**
 * The sample's illustrative ESOL provision as the ESOL calculation sees it: every authority has places, and in the
 * base year they meet that year's new applicants (to the tens they are rounded to), so the principal scenario's ESOL
 * chart starts balanced and shows the waiting list that growth brings.
 */
class SampleEsolBaselineTest {

    @Test
    void everyAuthoritysPlacesMeetItsBaseYearApplicantsToTheNearestTen() {
        Project project = SampleProject.cymru();
        ScenarioRun principal = new ScenarioRunner(project).run(project.getScenarios().get(0));
        EsolDemand esol = ScenarioServices.of(principal, principal).demand(principal).esol();
        int base = principal.result().baseYear();
        assertEquals(22, project.getServices().getEsolProviders().size());
        double places = 0;
        for (EsolProvider provider : project.getServices().getEsolProviders()) {
            int area = principal.result().shape().areaCodes().indexOf(provider.getArea().getCode());
            double applying = esol.get(EsolDemand.Measure.NEW_LEARNERS, base, area);
            assertEquals(applying, esol.get(EsolDemand.Measure.PLACES, base, area), 5.0, provider.getName());
            assertTrue(provider.getProvenance().isIllustrative(), provider.getName());
            places += provider.getPlaces();
        }
        // Wales: 5.8 % of 3.06 million born abroad, about 85 % of them adults, × 0.27 lacking English × 0.10 applying
        // a year ≈ 4,100 places (the sample's published Wales-level figures, worked by hand)
        assertEquals(4_100, places, 600);
        int cardiff = principal.result().shape().areaCodes().indexOf("W06000015");
        assertTrue(esol.unmetDemand(principal.result().endYear(), cardiff) > 0,
                "growth in Cardiff outruns places held at the base year's level");
    }
}
