package cymru.croeso.core.workshop;

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
        if (levers.newSchedule() != null) {
            copy.getAssumptions().getSchedules().add(levers.newSchedule());
        }
        if (levers.newFlow() != null) {
            copy.getAssumptions().getSpecialFlows().add(levers.newFlow());
        }
        copy.getScenarios().add(levers.scenario());
        return new LiveScenario(levers, horizon.fromYear());
    }

    void apply(WorkshopSettings settings) {
        for (ScenarioOverride o : levers.migration()) {
            o.setValue(settings.migrationFactor());
        }
        if (levers.intake() != null) {
            levers.intake().setValue(settings.resettlementPerYear());
        }
    }

    Scenario scenario() {
        return levers.scenario();
    }

    boolean hasIntake() {
        return levers.intake() != null;
    }

    int fromYear() {
        return fromYear;
    }
}
