package cymru.croeso.core.workshop;

import java.util.List;

import cymru.croeso.model.Area;
import cymru.croeso.model.Project;
import cymru.croeso.model.Scenario;
import cymru.croeso.model.ScenarioOverride;

/** The workshop copy's child scenario whose override values follow the sliders. */
final class LiveScenario {
    private final WorkshopLevers levers;
    private final int fromYear;

    private LiveScenario(WorkshopLevers levers, int fromYear) {
        this.levers = levers;
        this.fromYear = fromYear;
    }

    /** Adds the levers to the copy directly: it is the workshop's own, and nothing listens to it. */
    static LiveScenario create(Project copy, Scenario baseline, Area area) {
        WorkshopHorizon horizon = WorkshopHorizon.of(copy, baseline);
        WorkshopLevers levers = WorkshopLevers.create(copy, baseline, area, WorkshopSettings.BASELINE, horizon,
                "workshop-live", "Workshop", true);
        copy.getAssumptions().getSchedules().addAll(levers.newSchedules());
        copy.getAssumptions().getSpecialFlows().addAll(levers.newFlows());
        copy.getScenarios().add(levers.scenario());
        return new LiveScenario(levers, horizon.fromYear());
    }

    void apply(WorkshopSettings settings) {
        levers.overrides().forEach((lever, overrides) -> overrides.forEach(o -> o.setValue(settings.value(lever))));
    }

    Scenario scenario() {
        return levers.scenario();
    }

    /** Whether the lever has anything to move in this area. */
    boolean moves(WorkshopLever lever) {
        List<ScenarioOverride> overrides = levers.overrides().get(lever);
        return overrides != null && !overrides.isEmpty();
    }

    int fromYear() {
        return fromYear;
    }
}
