package cymru.croeso.core.strategy;

import java.nio.file.Path;

import cymru.croeso.core.project.ProjectSession;
import cymru.croeso.core.project.SessionSettings;
import cymru.croeso.model.Aim;
import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.Project;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.Services;
import cymru.croeso.model.Strategy;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * A strategy small enough to work by hand, current year 2024:
 * <pre>
 * Education and skills / "Adults learn English"
 *   esol     More ESOL classes   college (council; WRC)  2025–2027  £30,000  amber  +120 ESOL places from 2026
 *   eal      EAL support         council                 2026–2026   £5,000  green
 * Social connections / "People mix"
 *   rumours  Anti-rumour campaign  WRC                   not dated    £1,000  amber
 *   late     Festival            council                 2028–2026   £2,000  red    (end before start)
 * </pre>
 * and a scenario "principal" (2024–2030) that switches on {@code eal}.
 */
final class StrategyFixture {
    static final CroesoFactory F = CroesoFactory.eINSTANCE;
    static final int NOW = 2024;

    final Project project = F.createProject();
    final Area cardiff = area("W06000015", "Cardiff", "Caerdydd");
    final Area newport = area("W06000022", "Newport", "Casnewydd");
    final Organisation council = organisation("council", "Cardiff Council");
    final Organisation wrc = organisation("wrc", "Welsh Refugee Council");
    final Organisation college = organisation("college", "Cardiff and Vale College");
    final EsolProvider provider = F.createEsolProvider();
    final Theme education = FrameworkThemes.theme(IntegrationDomain.EDUCATION_AND_SKILLS);
    final Theme social = FrameworkThemes.theme(IntegrationDomain.SOCIAL_CONNECTIONS);
    final Aim learn = aim(education, "Adults learn English");
    final Aim mix = aim(social, "People mix");
    final StrategyAction esol = action(learn, "esol", "More ESOL classes", college, 2025, 2027, 30_000, RagStatus.AMBER);
    final StrategyAction eal = action(learn, "eal", "EAL support", council, 2026, 2026, 5_000, RagStatus.GREEN);
    final StrategyAction rumours = action(mix, "rumours", "Anti-rumour campaign", wrc, 0, 0, 1_000, RagStatus.AMBER);
    final StrategyAction late = action(mix, "late", "Festival", council, 2028, 2026, 2_000, RagStatus.RED);
    final Effect moreEsol = F.createEffect();
    final Scenario principal = F.createScenario();

    StrategyFixture() {
        project.setName("Fixture");
        project.getAreas().add(cardiff);
        project.getAreas().add(newport);
        project.getOrganisations().add(council);
        project.getOrganisations().add(wrc);
        project.getOrganisations().add(college);
        Services services = F.createServices();
        provider.setName("Cardiff and Vale College");
        provider.setArea(cardiff);
        provider.setPlaces(200);
        services.getEsolProviders().add(provider);
        project.setServices(services);
        Strategy strategy = F.createStrategy();
        strategy.getThemes().add(education);
        strategy.getThemes().add(social);
        project.setStrategy(strategy);
        esol.getPartners().add(council);
        esol.getPartners().add(wrc);
        moreEsol.setTarget(EffectTarget.ESOL_PLACES);
        moreEsol.setAmount(120);
        moreEsol.setFromYear(2026);
        moreEsol.setEsolProvider(provider);
        esol.getEffects().add(moreEsol);
        principal.setId("principal");
        principal.setName("Principal");
        principal.setBaseYear(NOW);
        principal.setEndYear(2030);
        principal.getEnabledActions().add(eal);
        project.getScenarios().add(principal);
    }

    /** The fixture open in a session (edits through its command stack), saved as a file in {@code folder}. */
    ProjectSession session(Path folder) throws Exception {
        return ProjectSession.create(folder.resolve("fixture.croeso"), project, SessionSettings.autosaveOnDemand());
    }

    private static Area area(String code, String en, String cy) {
        Area a = F.createArea();
        a.setCode(code);
        a.setNameEn(en);
        a.setNameCy(cy);
        return a;
    }

    private static Organisation organisation(String id, String name) {
        Organisation o = F.createOrganisation();
        o.setId(id);
        o.setName(name);
        return o;
    }

    private static Aim aim(Theme theme, String text) {
        Aim aim = F.createAim();
        aim.setText(text);
        theme.getAims().add(aim);
        return aim;
    }

    private static StrategyAction action(Aim aim, String id, String title, Organisation lead, int start, int end,
            double cost, RagStatus status) {
        StrategyAction a = F.createStrategyAction();
        a.setId(id);
        a.setTitle(title);
        a.setLead(lead);
        a.setStartYear(start);
        a.setEndYear(end);
        a.setCost(cost);
        a.setStatus(status);
        aim.getActions().add(a);
        return a;
    }
}
