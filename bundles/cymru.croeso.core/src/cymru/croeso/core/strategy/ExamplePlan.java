package cymru.croeso.core.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cymru.croeso.model.Aim;
import cymru.croeso.model.CroesoPackage.Literals;
import cymru.croeso.model.IntegrationDomain;
import cymru.croeso.model.Organisation;
import cymru.croeso.model.OrganisationKind;
import cymru.croeso.model.Project;
import cymru.croeso.model.Provenance;
import cymru.croeso.model.RagStatus;
import cymru.croeso.model.Strategy;
import cymru.croeso.model.StrategyAction;
import cymru.croeso.model.Theme;

/**
 * An example action plan a planner can start from: one aim for each of the framework's seven domains and eleven
 * actions drawn from the practices the practical resource describes (COMPAS and Welsh Refugee Council, "Developing a
 * Strategic Approach to Integration in Wales", 2016: information and welcome, employment, housing, health, community
 * cohesion and anti-rumour work, ESOL and EAL, hate crime, rights). Leads, partners, years, costs and statuses are
 * illustrative, and each action's provenance says so. Written in the planner's language when it is made.
 */
public final class ExamplePlan {
    /** The organisations the plan names, by key, with their kind. */
    private static final Map<String, OrganisationKind> ORGANISATIONS = new LinkedHashMap<>();

    static {
        ORGANISATIONS.put("la", OrganisationKind.LOCAL_AUTHORITY);
        ORGANISATIONS.put("hb", OrganisationKind.HEALTH_BOARD);
        ORGANISATIONS.put("police", OrganisationKind.POLICE);
        ORGANISATIONS.put("wrc", OrganisationKind.THIRD_SECTOR);
        ORGANISATIONS.put("college", OrganisationKind.EDUCATION);
        ORGANISATIONS.put("ha", OrganisationKind.OTHER);
    }

    /**
     * The actions: domain, lead, partners, first year and last year after the plan's first year, cost (£), status.
     */
    private record Line(IntegrationDomain domain, String lead, List<String> partners, int from, int to, double cost,
            RagStatus status) {
    }

    private static final List<Line> LINES = List.of(
            new Line(IntegrationDomain.WORK, "la", List.of("wrc"), 0, 1, 15_000, RagStatus.GREEN),
            new Line(IntegrationDomain.WORK, "wrc", List.of("college"), 0, 3, 60_000, RagStatus.AMBER),
            new Line(IntegrationDomain.HOUSING, "la", List.of("ha"), 0, 4, 120_000, RagStatus.GREEN),
            new Line(IntegrationDomain.HOUSING, "la", List.of(), 1, 2, 40_000, RagStatus.RED),
            new Line(IntegrationDomain.HEALTH_AND_SOCIAL_CARE, "hb", List.of("wrc"), 0, 2, 30_000, RagStatus.AMBER),
            new Line(IntegrationDomain.SOCIAL_CONNECTIONS, "la", List.of("wrc"), 0, 0, 8_000, RagStatus.GREEN),
            new Line(IntegrationDomain.SOCIAL_CONNECTIONS, "la", List.of("wrc", "police"), 1, 3, 25_000, RagStatus.GREEN),
            new Line(IntegrationDomain.EDUCATION_AND_SKILLS, "college", List.of("la"), 0, 5, 300_000, RagStatus.AMBER),
            new Line(IntegrationDomain.EDUCATION_AND_SKILLS, "la", List.of(), 0, 4, 200_000, RagStatus.GREEN),
            new Line(IntegrationDomain.SAFETY_AND_STABILITY, "police", List.of("wrc"), 0, 1, 12_000, RagStatus.RED),
            new Line(IntegrationDomain.RIGHTS_AND_RESPONSIBILITIES, "wrc", List.of("la"), 1, 4, 45_000, RagStatus.GREEN));

    private ExamplePlan() {
    }

    /** How many actions the example has. */
    public static int actions() {
        return LINES.size();
    }

    /**
     * Adds the example plan to the project, its first actions starting in {@code firstYear}: into the project's
     * themes for the framework's domains where they exist (a new strategy or new themes otherwise), reusing
     * organisations the project already has by name.
     */
    public static Command add(EditingDomain domain, Project project, int firstYear, Locale locale) {
        StrategyWords words = StrategyWords.of(locale);
        CompoundCommand command = new CompoundCommand(words.get("command.example"));
        Set<String> ids = StrategyEdits.takenIds(project);
        Map<String, Organisation> organisations = organisations(domain, project, words, ids, command);
        Map<IntegrationDomain, Aim> aims = new LinkedHashMap<>();
        int n = 0;
        for (Line line : LINES) {
            n++;
            Aim aim = aims.computeIfAbsent(line.domain(), d -> {
                Aim a = FrameworkThemes.F.createAim();
                a.setText(words.get("example.aim." + d.getLiteral()));
                return a;
            });
            StrategyAction action = FrameworkThemes.F.createStrategyAction();
            action.setId(StrategyEdits.nextId(ids, "example"));
            action.setTitle(words.get("example.action." + n));
            action.setLead(organisations.get(line.lead()));
            line.partners().forEach(p -> action.getPartners().add(organisations.get(p)));
            action.setStartYear(firstYear + line.from());
            action.setEndYear(firstYear + line.to());
            action.setCost(line.cost());
            action.setStatus(line.status());
            action.setProvenance(illustrative(words));
            aim.getActions().add(action);
        }
        Strategy strategy = project.getStrategy();
        if (strategy == null) {
            strategy = FrameworkThemes.F.createStrategy();
            strategy.setName(words.get("strategy.name"));
            for (IntegrationDomain d : IntegrationDomain.VALUES) {
                Theme theme = FrameworkThemes.theme(d);
                theme.getAims().add(aims.get(d));
                strategy.getThemes().add(theme);
            }
            command.append(SetCommand.create(domain, project, Literals.PROJECT__STRATEGY, strategy));
            return command;
        }
        for (Map.Entry<IntegrationDomain, Aim> e : aims.entrySet()) {
            Theme theme = FrameworkThemes.find(project, e.getKey());
            if (theme == null) {
                theme = FrameworkThemes.theme(e.getKey());
                theme.getAims().add(e.getValue());
                command.append(AddCommand.create(domain, strategy, Literals.STRATEGY__THEMES, theme));
            } else {
                command.append(AddCommand.create(domain, theme, Literals.THEME__AIMS, e.getValue()));
            }
        }
        return command;
    }

    private static Map<String, Organisation> organisations(EditingDomain domain, Project project, StrategyWords words,
            Set<String> ids, CompoundCommand command) {
        Map<String, Organisation> out = new LinkedHashMap<>();
        List<Organisation> added = new ArrayList<>();
        for (Map.Entry<String, OrganisationKind> e : ORGANISATIONS.entrySet()) {
            String name = words.get("example.organisation." + e.getKey());
            Organisation known = StrategyEdits.organisation(project, name);
            if (known == null) {
                known = FrameworkThemes.F.createOrganisation();
                known.setId(StrategyEdits.nextId(ids, e.getKey()));
                known.setName(name);
                known.setKind(e.getValue());
                added.add(known);
            }
            out.put(e.getKey(), known);
        }
        if (!added.isEmpty()) {
            command.append(AddCommand.create(domain, project, Literals.PROJECT__ORGANISATIONS, added));
        }
        return out;
    }

    private static Provenance illustrative(StrategyWords words) {
        Provenance p = FrameworkThemes.F.createProvenance();
        p.setSource(words.get("example.source"));
        p.setNote(words.get("example.note"));
        p.setIllustrative(true);
        return p;
    }
}
