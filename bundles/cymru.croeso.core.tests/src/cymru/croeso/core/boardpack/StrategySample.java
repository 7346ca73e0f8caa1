package cymru.croeso.core.boardpack;

import cymru.croeso.data.sample.SampleProject;
import cymru.croeso.model.Aim;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.Strategy;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * The sample "Cymru" (horizon 2011–2040) with a small costed strategy and a scenario {@value #SCENARIO}, child of
 * principal, that switches four of its five actions on. What they cost, by hand (cost ÷ number of years, start to end
 * inclusive, counted only within 2011–2040):
 *
 * <pre>
 * ESOL hub         Education and skills   Cardiff and Vale College  £90,000 2026–2028  £30,000 a year
 * Conversation     Social connections     Welsh Refugee Council     £12,000 2027–2030   £3,000 a year
 * Welcome packs    Social connections     Cardiff Council            £5,000 2026        £5,000
 * GP drive         Health                 Cardiff Council           £40,000 2039–2042  £10,000 a year, 2039 and 2040 in
 * Jobs fair        Work                   Cardiff Council        £1,000,000 2026–2030   not switched on: nothing
 *
 * total   2026 35,000  2027 33,000  2028 33,000  2029 3,000  2030 3,000  2039 10,000  2040 10,000  (all years 127,000)
 * themes  Education 30,000 in 2026–2028; Social connections 5,000 in 2026, 3,000 in 2027–2030; Health 10,000 in 2039–2040
 * leads   College 30,000 in 2026–2028; Refugee Council 3,000 in 2027–2030; Council 5,000 in 2026, 10,000 in 2039–2040
 * </pre>
 */
public final class StrategySample {
    public static final String SCENARIO = "with-strategy";
    public static final String EDUCATION = "Education and skills";
    public static final String SOCIAL = "Social connections";
    public static final String HEALTH = "Health";
    public static final String COLLEGE = "Cardiff and Vale College";
    public static final String REFUGEE_COUNCIL = "Welsh Refugee Council";
    public static final String COUNCIL = "Cardiff Council";
    private static final CroesoFactory F = CroesoFactory.eINSTANCE;

    private StrategySample() {
    }

    public static Project project() {
        Project project = SampleProject.cymru();
        Strategy strategy = F.createStrategy();
        strategy.setName("Welcome strategy");
        project.setStrategy(strategy);
        Organisation college = organisation(project, "college", COLLEGE);
        Organisation refugeeCouncil = organisation(project, "wrc", REFUGEE_COUNCIL);
        Organisation council = organisation(project, "council", COUNCIL);
        Aim education = aim(strategy, EDUCATION, "Addysg a sgiliau");
        Aim social = aim(strategy, SOCIAL, "Cysylltiadau cymdeithasol");
        Aim health = aim(strategy, HEALTH, "Iechyd");
        Aim work = aim(strategy, "Work", "Gwaith");
        Scenario scenario = F.createScenario();
        scenario.setId(SCENARIO);
        scenario.setName("With the strategy");
        scenario.setParent(project.getScenarios().get(0));
        scenario.getEnabledActions().add(action(education, "esol-hub", "Open a second ESOL hub", college, 90_000, 2026, 2028));
        scenario.getEnabledActions().add(action(social, "conversation", "Conversation clubs", refugeeCouncil, 12_000, 2027, 2030));
        scenario.getEnabledActions().add(action(social, "welcome-packs", "Welcome packs", council, 5_000, 2026, 2026));
        scenario.getEnabledActions().add(action(health, "gp-drive", "GP registration drive", council, 40_000, 2039, 2042));
        action(work, "jobs-fair", "Jobs fair", council, 1_000_000, 2026, 2030);
        project.getScenarios().add(scenario);
        return project;
    }

    private static Organisation organisation(Project project, String id, String name) {
        Organisation o = F.createOrganisation();
        o.setId(id);
        o.setName(name);
        project.getOrganisations().add(o);
        return o;
    }

    private static Aim aim(Strategy strategy, String english, String welsh) {
        Theme theme = F.createTheme();
        theme.setNameEn(english);
        theme.setNameCy(welsh);
        Aim aim = F.createAim();
        aim.setText(english);
        theme.getAims().add(aim);
        strategy.getThemes().add(theme);
        return aim;
    }

    private static StrategyAction action(Aim aim, String id, String title, Organisation lead, double cost, int from,
            int to) {
        StrategyAction a = F.createStrategyAction();
        a.setId(id);
        a.setTitle(title);
        a.setLead(lead);
        a.setCost(cost);
        a.setStartYear(from);
        a.setEndYear(to);
        aim.getActions().add(a);
        return a;
    }
}
