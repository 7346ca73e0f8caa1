package cymru.croeso.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.engine.Component;
import cymru.croeso.engine.ProjectionResult;
import cymru.croeso.engine.Sex;

/** The sample as shipped projects to plausible numbers: checked against published Welsh figures. */
class SampleProjectionTest {

    @Test
    void birthsInTheFirstProjectedYearAreCloseToWalesPublishedBirths() {
        ProjectionResult result = new ScenarioRunner(SampleProject.cymru()).run("principal").result();
        int year = result.baseYear() + 1;
        double births = 0;
        for (int area = 0; area < result.shape().areas(); area++) {
            for (int group = 0; group < result.shape().groups(); group++) {
                for (Sex sex : Sex.values()) {
                    births += result.component(Component.BIRTHS, year, area, group, sex, 0);
                }
            }
        }
        // ONS, Births in England and Wales 2012: about 35,200 live births to mothers usually resident in Wales. The
        // sample spreads a TFR of 1.8 over a standard age shape, so it should land within about 15 % of that.
        assertEquals(35_238, births, 0.15 * 35_238, "births in " + year);
        assertTrue(result.total(year) > result.total(result.baseYear()) - 5_000, "no collapse in the first year");
    }
}
