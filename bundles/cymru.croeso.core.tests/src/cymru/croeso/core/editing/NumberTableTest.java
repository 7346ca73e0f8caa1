package cymru.croeso.core.editing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.LifeExpectancyMortality;
import cymru.croeso.model.TotalFertility;

class NumberTableTest {
    private static final Locale EN = Locale.UK;
    /** Ages 0 … 90+, as the sample. */
    private static final int AGES = 91;

    private static LifeExpectancyMortality mortality() {
        LifeExpectancyMortality m = CroesoFactory.eINSTANCE.createLifeExpectancyMortality();
        double[] rates = new double[2 * AGES];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = i / 1000.0;
        }
        m.setStandardRates(rates);
        return m;
    }

    @Test
    void ratesBySexAndAgeAreAgesDownAndSexesAcross() {
        NumberTable table = NumberTable.of(mortality(), Literals.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES, AGES, EN);
        assertEquals(NumberTable.Shape.BY_SEX_AND_AGE, table.shape());
        assertEquals(91, table.rowCount());
        assertEquals(2, table.columnCount());
        assertEquals("Males", table.columnLabel(0));
        assertEquals("Females", table.columnLabel(1));
        assertEquals("90+", table.rowLabel(90));
        // females come after the 91 male ages: female age 31 is position 91 + 31 = 122, which holds 0.122
        assertEquals(0.122, table.value(31, 1));
        assertEquals(122, table.index(31, 1));
        assertArrayEquals(new int[] { 31, 1 }, table.cellOf(122));
    }

    @Test
    void aPastedBlockLandsFromTheChosenCellAndTheOldArrayIsKept() throws Exception {
        LifeExpectancyMortality m = mortality();
        double[] before = m.getStandardRates().clone();
        NumberTable table = NumberTable.of(m, Literals.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES, AGES, EN);
        PastedBlock block = PastedBlock.parse("0.5\t0.6\n0.7\t0.8\n0.9\t1\n", EditingMessages.in(EN));
        double[] after = table.withPaste(30, 0, block);
        // ages 30–32: males at 30, 31, 32; females at 91 + 30 = 121, 122, 123
        assertEquals(0.5, after[30]);
        assertEquals(0.7, after[31]);
        assertEquals(0.9, after[32]);
        assertEquals(0.6, after[121]);
        assertEquals(0.8, after[122]);
        assertEquals(1.0, after[123]);
        int changed = 0;
        for (int i = 0; i < after.length; i++) {
            changed += after[i] != before[i] ? 1 : 0;
        }
        assertEquals(6, changed, "only the six pasted cells change");
        assertArrayEquals(before, m.getStandardRates(), "the model's array is not touched");
    }

    @Test
    void aBlockThatDoesNotFitIsRefusedSayingHowMuchRoomThereIs() throws Exception {
        NumberTable table = NumberTable.of(mortality(), Literals.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES, AGES, EN);
        PastedBlock tall = PastedBlock.parse("0.1\n".repeat(85), EditingMessages.in(EN));
        RefusedEdit refused = assertThrows(RefusedEdit.class, () -> table.withPaste(10, 0, tall));
        // from age 10 there are the ages 10 … 90+: 81 rows
        assertTrue(refused.getMessage().contains("85 rows by 1 column, but from age 10, males, the table has room for 81 rows by 2 columns"),
                refused.getMessage());
        PastedBlock wide = PastedBlock.parse("0.1\t0.1", EditingMessages.in(EN));
        assertThrows(RefusedEdit.class, () -> table.withPaste(0, 1, wide));
    }

    @Test
    void anImpossibleRateInAPasteIsRefusedNamingPastedCellAndAge() throws Exception {
        NumberTable table = NumberTable.of(mortality(), Literals.LIFE_EXPECTANCY_MORTALITY__STANDARD_RATES, AGES, EN);
        PastedBlock block = PastedBlock.parse("0.1\t0.2\n0.3\t1.5\n", EditingMessages.in(EN));
        RefusedEdit refused = assertThrows(RefusedEdit.class, () -> table.withPaste(40, 0, block));
        assertEquals("Pasted row 2, column 2: Age 41, females (standard rates): 1.5 is not allowed; it must be between"
                + " 0 and 1. Nothing was changed.", refused.getMessage());
        RefusedEdit negative = assertThrows(RefusedEdit.class, () -> table.withCell(0, 0, -0.01));
        assertTrue(negative.getMessage().contains("it must be between 0 and 1"), negative.getMessage());
        RefusedEdit word = assertThrows(RefusedEdit.class, () -> table.withCellText(90, 0, "high"));
        assertEquals("Age 90+, males (standard rates): \u201chigh\u201d is not a number. Type a number such as 0.012 or"
                + " 1.2%; nothing was changed.", word.getMessage());
        assertNull(table.withCellText(3, 1, "  "), "a blank cell changes nothing");
        assertEquals(0.02, table.withCellText(3, 1, "2%")[91 + 3], 1e-15);
    }

    @Test
    void fertilityRowsStartAtTheFirstAgeAndAnEmptyScheduleGrowsWhenEdited() throws Exception {
        TotalFertility f = CroesoFactory.eINSTANCE.createTotalFertility();
        f.setFirstAge(15);
        f.setTfr(1.8);
        NumberTable table = NumberTable.of(f, Literals.TOTAL_FERTILITY__SCHEDULE, AGES, EN);
        assertEquals(NumberTable.Shape.FROM_FIRST_AGE, table.shape());
        assertTrue(table.isEmpty());
        assertEquals(76, table.rowCount(), "ages 15 … 90+");
        assertEquals("15", table.rowLabel(0));
        assertEquals("Schedule", table.columnLabel(0));
        assertNull(table.value(0, 0));
        double[] after = table.withCell(2, 0, 0.05);
        assertArrayEquals(new double[] { 0, 0, 0.05 }, after, "age 17 is the third number from age 15");
    }

    @Test
    void sharesByAgeRunFromAgeZeroAndCopyGivesEveryDigit() throws Exception {
        GroupTransition t = CroesoFactory.eINSTANCE.createGroupTransition();
        t.setSharesByAge(new double[] { 0.1, 0.25, 1.0 / 3 });
        NumberTable table = NumberTable.of(t, Literals.GROUP_TRANSITION__SHARES_BY_AGE, 3, EN);
        assertSame(NumberTable.Shape.BY_AGE, table.shape());
        assertEquals("0.1\n0.25\n" + (1.0 / 3) + "\n", table.copy(0, 2));
        PastedBlock back = PastedBlock.parse(table.copy(0, 2), EditingMessages.in(EN));
        assertArrayEquals(t.getSharesByAge(), table.withPaste(0, 0, back), "a copy pastes back exactly");
    }
}
