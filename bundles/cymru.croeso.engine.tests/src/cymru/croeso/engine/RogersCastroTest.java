package cymru.croeso.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rogers–Castro schedules against values computed by hand (shown in the comments). */
class RogersCastroTest {
    private static final RogersCastro SEVEN = RogersCastro.sevenParameters(0.02, 0.1, 0.06, 0.1, 20, 0.4, 0.003);

    @Test
    void sevenParameters() {
        // x = 20: 0.02·e^−2 = 0.00270671; 0.06·e^(0 − e^0) = 0.06·e^−1 = 0.02207277; + 0.003 → 0.02777947
        assertEquals(0.0277794721, SEVEN.rate(20), 1e-10);
        // x = 0: 0.02 + 0.06·e^(2 − e^8) (≈ 0) + 0.003 = 0.023
        assertEquals(0.023, SEVEN.rate(0), 1e-12);
    }

    @Test
    void nineParametersAddThePostRetirementRise() {
        // the 7-parameter value at 20 plus 0.0001·e^(0.05·20) = 0.0001·e = 0.00027183 → 0.02805130
        RogersCastro nine = RogersCastro.nineParameters(0.02, 0.1, 0.06, 0.1, 20, 0.4, 0.0001, 0.05, 0.003);
        assertEquals(0.0280513003, nine.rate(20), 1e-10);
    }

    @Test
    void elevenParametersAddTheRetirementPeak() {
        // x = 67: 0.02·e^−6.7 = 0.00002462; 0.06·e^(−4.7 − e^−18.8) = 0.00054572; retirement 0.001·e^(0 − 1) = 0.00036788;
        // + 0.003 → 0.00393821
        RogersCastro eleven = RogersCastro.elevenParameters(0.02, 0.1, 0.06, 0.1, 20, 0.4, 0.001, 1, 67, 0.6, 0.003);
        assertEquals(0.0039382143, eleven.rate(67), 1e-10);
    }

    @Test
    void scheduleSpreadsATotalInProportionToTheCurve() {
        AgeSexSchedule s = SEVEN.schedule(90, 0.5);
        double sum = 0;
        for (int x = 0; x <= 90; x++) {
            sum += SEVEN.rate(x);
        }
        assertEquals(0.5 * SEVEN.rate(20) / sum, s.share(Sex.MALE, 20), 1e-15);
        assertEquals(0.5 * SEVEN.rate(20) / sum, s.share(Sex.FEMALE, 20), 1e-15);
    }
}
