package cymru.croeso.core.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.EsolNeed;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.defaults.DefaultPopulationGroups;

class FieldTextTest {
    private static final Locale EN = Locale.UK;
    private final SampleSession sample = new SampleSession();

    @Test
    void numbersAreReadAsTypedOrPastedFromASpreadsheet() throws Exception {
        MigrationTotal flow = sample.arrivals(SampleSession.CARDIFF, DefaultPopulationGroups.EU_EEA);
        assertEquals(1500.0, FieldText.parse(flow, Literals.MIGRATION_TOTAL__TOTAL, "1,500", EN));
        assertEquals(2027, FieldText.parse(sample.principal(), Literals.SCENARIO__END_YEAR, " 2027 ", EN));
        EsolNeed need = CroesoFactory.eINSTANCE.createEsolNeed();
        assertEquals(0.12, FieldText.parse(need, Literals.ESOL_NEED__UPTAKE, "12%", EN));
        assertNull(FieldText.parse(sample.principal(), Literals.SCENARIO__NAME, "  ", EN), "blank text clears a name");
        assertEquals("1500", FieldText.of(1500.0));
        assertEquals("0.125", FieldText.of(0.125));
    }

    @Test
    void anImpossibleValueIsRefusedNamingTheAssumptionAndField() {
        MigrationTotal flow = sample.arrivals(SampleSession.CARDIFF, DefaultPopulationGroups.EU_EEA);
        RefusedEdit negative = assertThrows(RefusedEdit.class,
                () -> FieldText.parse(flow, Literals.MIGRATION_TOTAL__TOTAL, "-5", EN));
        assertEquals("Cardiff, EU/EEA nationals: international in-migration \u2014 total: -5 is not allowed; it cannot be negative."
                + " Nothing was changed.", negative.getMessage());
        EsolNeed need = CroesoFactory.eINSTANCE.createEsolNeed();
        RefusedEdit share = assertThrows(RefusedEdit.class, () -> FieldText.parse(need, Literals.ESOL_NEED__UPTAKE, "1.2", EN));
        assertEquals("ESOL need \u2014 uptake: 1.2 is not allowed; it must be between 0 and 1. Nothing was changed.",
                share.getMessage());
        RefusedEdit year = assertThrows(RefusedEdit.class,
                () -> FieldText.parse(sample.principal(), Literals.SCENARIO__END_YEAR, "2030.5", EN));
        assertEquals("Scenario principal (Principal) \u2014 end year: \u201c2030.5\u201d is not a whole number. Type a"
                + " whole number such as 2027; nothing was changed.", year.getMessage());
        assertThrows(RefusedEdit.class, () -> FieldText.parse(sample.principal(), Literals.SCENARIO__END_YEAR, "", EN));
        assertThrows(RefusedEdit.class, () -> FieldText.parse(flow, Literals.MIGRATION_TOTAL__TOTAL, "lots", EN));
    }
}
