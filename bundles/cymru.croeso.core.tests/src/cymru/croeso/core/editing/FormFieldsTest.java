package cymru.croeso.core.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.defaults.DefaultPopulationGroups;

class FormFieldsTest {
    private final SampleSession sample = new SampleSession();

    @Test
    void aMigrationTotalsFieldsComeFromItsClassWithTheEditBundlesLabels() {
        MigrationTotal flow = sample.arrivals(SampleSession.CARDIFF, DefaultPopulationGroups.EU_EEA);
        List<FormField> fields = FormFields.of(flow, sample.adapterFactory, Locale.UK);
        assertEquals(List.of(Literals.ASSUMPTION__ID, Literals.ASSUMPTION__AREA, Literals.GROUP_ASSUMPTION__GROUP,
                Literals.MIGRATION_FLOW__KIND, Literals.MIGRATION_TOTAL__TOTAL, Literals.MIGRATION_TOTAL__SCHEDULE),
                fields.stream().map(FormField::feature).toList(),
                "the identifier, then the model's order: where, whom, what, how many");
        FormField total = fields.get(4);
        assertEquals("Total", total.label());
        assertEquals("People a year.", total.description());
        assertEquals(FormField.Kind.NUMBER, total.kind());
        FormField kind = fields.get(3);
        assertEquals(FormField.Kind.CHOICE, kind.kind());
        assertEquals("International in", kind.textOf(flow, MigrationKind.INTERNATIONAL_IN, Locale.UK));
        FormField area = fields.get(1);
        List<Object> areas = area.choices(flow);
        assertNull(areas.get(0), "an assumption may apply to every area");
        assertEquals(23, areas.size(), "none and the 22 authorities");
        assertEquals("Caerdydd", area.textOf(flow, sample.area(SampleSession.CARDIFF), Locale.forLanguageTag("cy")));
    }

    @Test
    void theLabelsFollowTheLanguageAskedForEachTimeInTheSameSession() {
        MigrationTotal flow = sample.arrivals(SampleSession.CARDIFF, DefaultPopulationGroups.EU_EEA);
        // English first, so the item provider's descriptors are made (and their names fixed) in English
        FormField english = FormFields.of(flow, sample.adapterFactory, Locale.UK).get(4);
        Locale cy = Locale.forLanguageTag("cy");
        FormField welsh = FormFields.of(flow, sample.adapterFactory, cy).get(4);
        // plugin_cy.properties, _UI_MigrationTotal_total_feature and _description
        assertEquals("Cyfanswm", welsh.label());
        assertEquals("Pobl y flwyddyn.", welsh.description());
        assertEquals("Rhyngwladol i mewn", FormFields.of(flow, sample.adapterFactory, cy).get(3)
                .textOf(flow, MigrationKind.INTERNATIONAL_IN, cy));
        assertEquals("Total", FormFields.of(flow, sample.adapterFactory, Locale.UK).get(4).label(), "and back again");
        assertEquals(english.feature(), welsh.feature());
        // English asked for on a Welsh desktop stays English
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(cy);
            assertEquals("Total", EditLabels.in(Locale.ENGLISH).feature(Literals.MIGRATION_TOTAL__TOTAL));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void namesComeFirstAndNumbersByAgeAreTables() {
        List<FormField> fields = FormFields.of(CroesoFactory.eINSTANCE.createSpecialFlow(), sample.adapterFactory, Locale.UK);
        assertEquals(List.of(Literals.ASSUMPTION__ID, Literals.SPECIAL_FLOW__NAME),
                fields.subList(0, 2).stream().map(FormField::feature).toList());
        List<FormField> schedule = FormFields.of(sample.project.getAssumptions().getSchedules().get(0), sample.adapterFactory, Locale.UK);
        assertEquals(List.of("id", "name", "shares"), schedule.stream().map(f -> f.feature().getName()).toList());
        assertEquals(FormField.Kind.NUMBERS, schedule.get(2).kind());
        assertFalse(FormFields.of(sample.project, sample.adapterFactory, Locale.UK).stream()
                .anyMatch(f -> f.feature() == Literals.PROJECT__FORMAT_VERSION), "the format version is Croeso's own");
    }

    @Test
    void aScenarioCannotChooseItselfOrItsDescendantAsParent() {
        Scenario principal = sample.principal();
        FormField parent = FormFields.of(principal, sample.adapterFactory, Locale.UK).stream()
                .filter(f -> f.feature() == Literals.SCENARIO__PARENT).findFirst().orElseThrow();
        List<Object> choices = parent.choices(principal);
        assertNull(choices.get(0), "no parent: a baseline");
        assertFalse(choices.contains(principal));
        assertFalse(choices.contains(sample.highMigration()), "high migration is principal's child");
        assertTrue(parent.choices(sample.highMigration()).contains(principal));
    }
}
