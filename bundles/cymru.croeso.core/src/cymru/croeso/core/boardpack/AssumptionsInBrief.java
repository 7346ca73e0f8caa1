package cymru.croeso.core.boardpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cymru.croeso.core.scenario.AssumptionChange;
import cymru.croeso.core.scenario.ResolvedScenario;
import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.core.services.ScenarioServices;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.Assumptions;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.FertilityAssumption;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.MigrationFlow;
import cymru.croeso.model.MortalityAssumption;
import cymru.croeso.model.Project;
import cymru.croeso.model.Services;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.StrategyAction;

/**
 * The cover's "assumptions in brief", one line each: the base population, the assumptions stated, each scenario's
 * horizon, changes (alike changes to many assumptions summed up as one line) and actions, and what the service
 * figures rest on where the project lacks data.
 */
final class AssumptionsInBrief {
    private final PackWords words;

    AssumptionsInBrief(PackWords words) {
        this.words = words;
    }

    List<String> of(Project project, List<ScenarioRun> runs, ScenarioServices services) {
        List<String> lines = new ArrayList<>();
        BasePopulation base = project.getBasePopulation();
        lines.add(words.format("brief.base", base.getBaseYear(), base.getAreas().size(), base.getGroups().size(),
                base.getTopAge()));
        Assumptions a = project.getAssumptions();
        lines.add(words.format("brief.stated", a.getFertility().size(), a.getMortality().size(),
                a.getMigration().size(), a.getTransitions().size(), a.getSpecialFlows().size()));
        for (ScenarioRun run : runs) {
            ResolvedScenario s = run.scenario();
            String name = BoardPackAssembler.scenarioName(s.scenario());
            String parent = s.scenario().getParent() == null ? words.get("brief.noParent")
                    : words.format("brief.parent", BoardPackAssembler.scenarioName(s.scenario().getParent()));
            lines.add(words.format("brief.scenario", name, s.baseYear(), s.endYear(), parent));
            changes(s).forEach((change, count) -> lines.add(words.format("brief.change", name, change, count)));
            List<String> actions = s.actions().stream().map(AssumptionsInBrief::actionName).toList();
            lines.add(words.format("brief.actions", name,
                    actions.isEmpty() ? words.get("brief.none") : String.join("; ", actions)));
        }
        services(project, services, lines);
        return lines;
    }

    /** Each distinct change (what, how, from when) with the number of assumptions it is made to. */
    private Map<String, Integer> changes(ResolvedScenario s) {
        // sorted: the resolved changes come in no fixed order, and the cover should read the same every time
        Map<String, Integer> counted = new TreeMap<>();
        for (Map.Entry<Assumption, List<AssumptionChange>> e : s.changes().entrySet()) {
            for (AssumptionChange c : e.getValue()) {
                String how = words.format("change." + c.kind().name(), PackWords.decimal(c.value()));
                String text = words.format("brief.changeText", what(e.getKey()), how, c.fromYear(), c.origin());
                counted.merge(text, 1, Integer::sum);
            }
        }
        return counted;
    }

    private String what(Assumption assumption) {
        if (assumption instanceof FertilityAssumption) {
            return words.get("what.fertility");
        }
        if (assumption instanceof MortalityAssumption) {
            return words.get("what.mortality");
        }
        if (assumption instanceof MigrationFlow flow) {
            return words.get("what.migration." + flow.getKind().name());
        }
        if (assumption instanceof GroupTransition) {
            return words.get("what.transition");
        }
        if (assumption instanceof SpecialFlow flow) {
            return words.format("what.specialFlow", flow.getName() == null ? "" : flow.getName());
        }
        return assumption.eClass().getName();
    }

    private void services(Project project, ScenarioServices services, List<String> lines) {
        Services s = project.getServices();
        if (!services.schoolEstate()) {
            lines.add(words.get("brief.noSchools"));
        }
        if (s == null || s.getEsolProviders().isEmpty()) {
            lines.add(words.get("brief.noEsol"));
        }
        if (!services.housingStock()) {
            lines.add(words.get("brief.noHousing"));
        }
        if (s == null || s.getGpPractices().isEmpty()) {
            lines.add(words.get("brief.noGp"));
        }
        lines.add(services.calibration() == null ? words.get("brief.uncalibrated")
                : words.format("brief.calibrated", services.calibration().year()));
    }

    private static String actionName(StrategyAction a) {
        return a.getTitle() != null && !a.getTitle().isBlank() ? a.getTitle() : String.valueOf(a.getId());
    }
}
