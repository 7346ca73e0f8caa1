package cymru.croeso.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.model.Aim;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.Project;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/** Each strategy edit is one command: it does what it says, and one undo takes all of it back. */
class StrategyEditsTest {
    @TempDir
    Path folder;

    @Test
    void aLeadIsAnOrganisationTheProjectHasOrANewOneAddedInTheSameCommand() throws Exception {
        StrategyFixture f = new StrategyFixture();
        try (ProjectSession s = f.session(folder)) {
            s.execute(StrategyEdits.setLead(s.editingDomain(), f.project, f.esol, "  cardiff council ", Locale.UK));
            assertSame(f.council, f.esol.getLead());
            assertEquals(3, f.project.getOrganisations().size(), "a known name adds no organisation");
            s.execute(StrategyEdits.setLead(s.editingDomain(), f.project, f.esol, "Newport Council", Locale.UK));
            assertEquals(4, f.project.getOrganisations().size());
            assertEquals("Newport Council", f.esol.getLead().getName());
            assertEquals("newport-council-1", f.esol.getLead().getId());
            s.undo();
            assertEquals(3, f.project.getOrganisations().size());
            assertSame(f.council, f.esol.getLead());
            s.execute(StrategyEdits.setLead(s.editingDomain(), f.project, f.esol, "", Locale.UK));
            assertNull(f.esol.getLead());
        }
    }

    @Test
    void partnersAreReplacedAsAListAndRestoredInOrder() throws Exception {
        StrategyFixture f = new StrategyFixture();
        try (ProjectSession s = f.session(folder)) {
            s.execute(StrategyEdits.setPartners(s.editingDomain(), f.esol, List.of(f.wrc)));
            assertEquals(List.of(f.wrc), f.esol.getPartners());
            s.undo();
            assertEquals(List.of(f.council, f.wrc), f.esol.getPartners());
        }
    }

    @Test
    void movingAnActionToAnotherThemeAndBack() throws Exception {
        StrategyFixture f = new StrategyFixture();
        try (ProjectSession s = f.session(folder)) {
            s.execute(StrategyEdits.moveToTheme(s.editingDomain(), f.eal, f.social, Locale.UK));
            assertSame(f.mix, f.eal.eContainer());
            assertEquals(List.of(f.esol), f.learn.getActions());
            s.undo();
            assertEquals(List.of(f.esol, f.eal), f.learn.getActions());
            assertNull(StrategyEdits.moveToTheme(s.editingDomain(), f.eal, f.education, Locale.UK), "already there");
            // a theme without aims gets one, with the wording of the aim the action came from
            Theme work = FrameworkThemes.theme(IntegrationDomain.WORK);
            s.execute(org.eclipse.emf.edit.command.AddCommand.create(s.editingDomain(), f.project.getStrategy(),
                    cymru.croeso.model.CroesoPackage.Literals.STRATEGY__THEMES, work));
            s.execute(StrategyEdits.moveToTheme(s.editingDomain(), f.eal, work, Locale.UK));
            assertEquals("Adults learn English", ((Aim) f.eal.eContainer()).getText());
            assertSame(work, f.eal.eContainer().eContainer());
        }
    }

    @Test
    void removingAnActionAlsoSwitchesItOffInScenariosAndUndoBringsBoth() throws Exception {
        StrategyFixture f = new StrategyFixture();
        try (ProjectSession s = f.session(folder)) {
            s.execute(StrategyEdits.removeAction(s.editingDomain(), f.eal));
            assertEquals(List.of(f.esol), f.learn.getActions());
            assertTrue(f.principal.getEnabledActions().isEmpty());
            s.undo();
            assertEquals(List.of(f.esol, f.eal), f.learn.getActions());
            assertEquals(List.of(f.eal), f.principal.getEnabledActions());
        }
    }

    @Test
    void aNewActionIsDatedThisYearRatedGreenWithAnIdOfItsOwn() throws Exception {
        StrategyFixture f = new StrategyFixture();
        try (ProjectSession s = f.session(folder)) {
            s.execute(StrategyEdits.addAction(s.editingDomain(), f.project, f.learn, f.esol, StrategyFixture.NOW, Locale.UK));
            StrategyAction added = f.learn.getActions().get(1);
            assertEquals("New action", added.getTitle());
            assertEquals("action-1", added.getId());
            assertEquals(2024, added.getStartYear());
            assertEquals(2024, added.getEndYear());
            assertEquals(RagStatus.GREEN, added.getStatus());
            // a theme with no aim gets one
            Theme work = FrameworkThemes.theme(IntegrationDomain.WORK);
            s.execute(org.eclipse.emf.edit.command.AddCommand.create(s.editingDomain(), f.project.getStrategy(),
                    cymru.croeso.model.CroesoPackage.Literals.STRATEGY__THEMES, work));
            s.execute(StrategyEdits.addAction(s.editingDomain(), f.project, work, StrategyFixture.NOW, Locale.UK));
            assertEquals("action-2", work.getAims().get(0).getActions().get(0).getId());
            s.undo();
            assertTrue(work.getAims().isEmpty());
        }
    }

    @Test
    void changingAnEffectsTargetClearsASubjectThatNoLongerFits() throws Exception {
        StrategyFixture f = new StrategyFixture();
        try (ProjectSession s = f.session(folder)) {
            s.execute(StrategyEdits.setTarget(s.editingDomain(), f.moreEsol, EffectTarget.FLOW, Locale.UK));
            assertEquals(EffectTarget.FLOW, f.moreEsol.getTarget());
            assertNull(f.moreEsol.getEsolProvider());
            s.undo();
            assertSame(f.provider, f.moreEsol.getEsolProvider());
            assertEquals(List.of(f.provider), EffectSubjects.candidates(f.project, EffectTarget.ESOL_PLACES));
            assertTrue(EffectSubjects.candidates(f.project, EffectTarget.FLOW).isEmpty());
        }
    }

    @Test
    void startingTheStrategyMakesTheSevenFrameworkThemesInBothLanguages() throws Exception {
        Project p = CroesoFactory.eINSTANCE.createProject();
        p.setName("Empty");
        try (ProjectSession s = ProjectSession.create(folder.resolve("e.croeso"), p,
                cymru.croeso.core.project.SessionSettings.autosaveOnDemand())) {
            s.execute(FrameworkThemes.start(s.editingDomain(), p, Locale.UK));
            List<Theme> themes = p.getStrategy().getThemes();
            assertEquals(7, themes.size());
            assertEquals("Work", themes.get(0).getNameEn());
            assertEquals("Hawliau a chyfrifoldebau", themes.get(6).getNameCy());
            assertEquals(IntegrationDomain.RIGHTS_AND_RESPONSIBILITIES, themes.get(6).getDomain());
            assertNull(FrameworkThemes.start(s.editingDomain(), p, Locale.UK), "nothing left to add");
        }
        // a strategy with two of the seven gets the other five
        StrategyFixture f = new StrategyFixture();
        try (ProjectSession s = f.session(folder)) {
            s.execute(FrameworkThemes.start(s.editingDomain(), f.project, Locale.UK));
            assertEquals(7, f.project.getStrategy().getThemes().size());
            s.undo();
            assertEquals(2, f.project.getStrategy().getThemes().size());
        }
    }

    @Test
    void badInputNamesThePlaceTheFieldAndTheFix() {
        Inputs in = new Inputs(Locale.UK);
        InputProblem year = assertThrows(InputProblem.class, () -> in.year("20x6", "Row 3", "End"));
        assertEquals("Row 3, End: \"20x6\" is not a year. Enter a whole year from 1900 to 2200, such as 2027.", year.getMessage());
        assertEquals(2027, in.year(" 2027 ", "Row 3", "End"));
        assertEquals(12_500, in.pounds("£12,500", "Row 1", "Cost"), 1e-9);
        assertThrows(InputProblem.class, () -> in.pounds("-5", "Row 1", "Cost"));
        assertEquals(62.5, in.number("62.5%", "Indicator 1.1", "Migrants", false), 1e-9);
        assertNull(in.number(" ", "Indicator 1.1", "Target", true));
        assertThrows(InputProblem.class, () -> in.number("", "Indicator 1.1", "Migrants", false));
        InputProblem order = assertThrows(InputProblem.class, () -> in.order(2025, 2024, "Row 2", "Start", "End"));
        assertEquals("Row 2, End: 2024 is before the Start (2025). Enter 2025 or later, or change the Start first.", order.getMessage());
        in.order(2025, 2025, "Row 2", "Start", "End");
        InputProblem welsh = assertThrows(InputProblem.class,
                () -> new Inputs(Locale.forLanguageTag("cy")).year("dwy fil", "Rhes 3", "Diwedd"));
        assertTrue(welsh.getMessage().startsWith("Rhes 3, Diwedd: nid yw \"dwy fil\" yn flwyddyn."), welsh.getMessage());
        assertFalse(welsh.getMessage().contains("''"));
    }
}
