package cymru.croeso.core.workshop;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cymru.croeso.model.Aim;
import cymru.croeso.model.Area;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.Effect;
import cymru.croeso.model.EffectTarget;
import cymru.croeso.model.EsolProvider;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.Services;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.Strategy;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * A facilitator's snapshot: the slider settings as a new child scenario of the baseline, made as one command on the
 * project's command stack so that one undo removes it. Migration and the intakes become overrides; the ESOL places
 * become a strategy action ("+N ESOL places") that the scenario switches on, adding to the area's first ESOL
 * provider (or a new one of 0 places when the area has none), under the education and skills theme.
 */
public final class WorkshopScenario {
    private static final CroesoFactory F = CroesoFactory.eINSTANCE;

    private WorkshopScenario() {
    }

    /** The next free id of the form {@code workshop-N}. */
    public static String nextId(Project project) {
        for (int n = 1;; n++) {
            String id = "workshop-" + n;
            if (project.getScenarios().stream().noneMatch(s -> id.equals(s.getId()))) {
                return id;
            }
        }
    }

    /**
     * A name that says what the settings are, e.g. "Cardiff: migration × 1.5, 200 resettled a year, +300 ESOL places",
     * naming the asylum dispersal lever only when it was moved.
     */
    public static String describe(String areaName, WorkshopSettings s) {
        String name = String.format(Locale.ROOT, "%s: migration \u00d7 %.1f, %d resettled a year, +%d ESOL places",
                areaName, s.migrationFactor(), Math.round(s.resettlementPerYear()), Math.round(s.esolPlacesAdded()));
        if (s.asylumPerYear() > 0) {
            name += String.format(Locale.ROOT, ", %d asylum seekers dispersed a year", Math.round(s.asylumPerYear()));
        }
        return name;
    }

    /**
     * The command that adds the scenario (and the intake flow, profile, provider and action it needs) to the project.
     * After it has run, the scenario is the command's only {@link Command#getResult() result} object not contained
     * elsewhere: find it with {@link #scenarioOf(Command)}.
     */
    public static Command create(EditingDomain domain, Project project, Scenario baseline, Area area,
            WorkshopSettings settings, String id, String name) {
        WorkshopHorizon horizon = WorkshopHorizon.of(project, baseline);
        WorkshopLevers levers = WorkshopLevers.create(project, baseline, area, settings, horizon, id, name, false);
        CompoundCommand command = new CompoundCommand("Save workshop settings as scenario " + name);
        for (MigrationSchedule schedule : levers.newSchedules()) {
            command.append(AddCommand.create(domain, project.getAssumptions(), Literals.ASSUMPTIONS__SCHEDULES, schedule));
        }
        for (SpecialFlow flow : levers.newFlows()) {
            command.append(AddCommand.create(domain, project.getAssumptions(), Literals.ASSUMPTIONS__SPECIAL_FLOWS, flow));
        }
        if (settings.esolPlacesAdded() > 0) {
            StrategyAction action = esolAction(domain, project, area, settings.esolPlacesAdded(), horizon, id, command);
            levers.scenario().getEnabledActions().add(action);
        }
        command.append(AddCommand.create(domain, project, Literals.PROJECT__SCENARIOS, levers.scenario()));
        return command;
    }

    /** The scenario a command made by {@link #create} added. */
    public static Scenario scenarioOf(Command command) {
        return command.getAffectedObjects().stream().filter(Scenario.class::isInstance).map(Scenario.class::cast)
                .reduce((a, b) -> b).orElseThrow();
    }

    private static StrategyAction esolAction(EditingDomain domain, Project project, Area area, double places,
            WorkshopHorizon horizon, String id, CompoundCommand command) {
        EsolProvider provider = project.getServices() == null ? null : project.getServices().getEsolProviders().stream()
                .filter(p -> p.getArea() == area).findFirst().orElse(null);
        if (provider == null) {
            provider = F.createEsolProvider();
            provider.setName("ESOL places added in the workshop (" + area.getNameEn() + ")");
            provider.setArea(area);
            provider.setPlaces(0);
            if (project.getServices() == null) {
                Services services = F.createServices();
                services.getEsolProviders().add(provider);
                command.append(SetCommand.create(domain, project, Literals.PROJECT__SERVICES, services));
            } else {
                command.append(AddCommand.create(domain, project.getServices(), Literals.SERVICES__ESOL_PROVIDERS, provider));
            }
        }
        StrategyAction action = F.createStrategyAction();
        action.setId(id + "-esol");
        action.setTitle(String.format(Locale.ROOT, "+%d ESOL places in %s", Math.round(places), area.getNameEn()));
        action.setStartYear(horizon.fromYear());
        action.setEndYear(horizon.endYear());
        Effect effect = F.createEffect();
        effect.setTarget(EffectTarget.ESOL_PLACES);
        effect.setEsolProvider(provider);
        effect.setAmount(places);
        effect.setFromYear(horizon.fromYear());
        action.getEffects().add(effect);
        addToStrategy(domain, project, action, command);
        return action;
    }

    private static void addToStrategy(EditingDomain domain, Project project, StrategyAction action, CompoundCommand command) {
        Strategy strategy = project.getStrategy();
        Theme theme = strategy == null ? null : strategy.getThemes().stream()
                .filter(t -> t.getDomain() == IntegrationDomain.EDUCATION_AND_SKILLS).findFirst().orElse(null);
        Aim aim = theme == null || theme.getAims().isEmpty() ? null : theme.getAims().get(0);
        if (aim != null) {
            command.append(AddCommand.create(domain, aim, Literals.AIM__ACTIONS, action));
            return;
        }
        aim = F.createAim();
        aim.setText("Adults who need English can learn it");
        aim.getActions().add(action);
        if (theme != null) {
            command.append(AddCommand.create(domain, theme, Literals.THEME__AIMS, aim));
            return;
        }
        theme = F.createTheme();
        theme.setDomain(IntegrationDomain.EDUCATION_AND_SKILLS);
        theme.setNameEn("Education and skills");
        theme.setNameCy("Addysg a sgiliau");
        theme.getAims().add(aim);
        if (strategy != null) {
            command.append(AddCommand.create(domain, strategy, Literals.STRATEGY__THEMES, theme));
            return;
        }
        strategy = F.createStrategy();
        strategy.setName("Integration strategy");
        strategy.getThemes().add(theme);
        command.append(SetCommand.create(domain, project, Literals.PROJECT__STRATEGY, strategy));
    }
}
