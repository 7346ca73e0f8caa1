package cymru.croeso.core.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cymru.croeso.core.scenario.CapacityAdjustments;
import cymru.croeso.engine.services.PlanningArea;
import cymru.croeso.engine.services.SchoolAssumptions;
import cymru.croeso.engine.services.SchoolPhase;
import cymru.croeso.engine.services.SchoolYearGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.SchoolCapacity;
import cymru.croeso.model.SchoolEstate;
import cymru.croeso.model.SchoolUnit;
import cymru.croeso.model.ServiceAssumptions;
import cymru.croeso.model.YearGroup;

/**
 * The school estates of a project, with the places a scenario's actions add, as the school-places assumptions;
 * participation, EAL shares and the surplus flag come from the project's service figures.
 */
final class SchoolPlanning {
    private static final int PHASES = SchoolAssumptions.PHASES;

    private SchoolPlanning() {
    }

    static SchoolAssumptions of(Project project, ProjectionAreas areas, CapacityAdjustments added) {
        List<SchoolEstate> estates = new ArrayList<>();
        List<PlanningArea> planningAreas = new ArrayList<>();
        for (SchoolEstate estate : project.getServices() == null ? List.<SchoolEstate>of()
                : project.getServices().getSchoolEstates()) {
            int area = estate.getArea() == null ? -1 : areas.indexOf(estate.getArea());
            if (area >= 0) {
                estates.add(estate);
                planningAreas.add(PlanningArea.whole(estate.getName() != null ? estate.getName()
                        : estate.getArea().getCode(), area));
            }
        }
        if (planningAreas.isEmpty()) {
            for (int a = 0; a < areas.areas(); a++) {
                planningAreas.add(PlanningArea.whole(project.getBasePopulation().getAreas().get(a).getCode(), a));
            }
        }
        int baseYear = added.baseYear();
        double[] capacity = new double[planningAreas.size() * PHASES];
        List<Change> changes = new ArrayList<>();
        for (int p = 0; p < estates.size(); p++) {
            for (SchoolUnit unit : estates.get(p).getUnits()) {
                for (YearGroup yg : YearGroup.VALUES) {
                    SchoolPhase phase = phaseOf(yg);
                    int slot = p * PHASES + phase.ordinal();
                    double current = 0;
                    for (SchoolCapacity c : placesOf(unit, yg)) {
                        if (c.getFromYear() <= baseYear) {
                            capacity[slot] += c.getPlaces() - current;
                        } else {
                            changes.add(new Change(p, phase, c.getFromYear(), c.getPlaces() - current));
                        }
                        current = c.getPlaces();
                    }
                    for (CapacitySteps step : CapacitySteps.of(added.schoolPlacesAdded(unit, yg), baseYear)) {
                        changes.add(new Change(p, phase, step.fromYear(), step.amount()));
                    }
                }
            }
        }
        ServiceAssumptions figures = ServiceFigure.assumptionsOf(project);
        SchoolAssumptions assumptions = new SchoolAssumptions(planningAreas,
                ProjectionAreas.filled(planningAreas.size() * SchoolYearGroup.COUNT, figures.getParticipationRate()), null,
                capacity, List.of(), ProjectionAreas.byBirthplace(ProjectionAreas.ukBorn(project),
                        figures.getUkBornEalShare(), figures.getNonUkBornEalShare()), figures.getSurplusFlagPercent());
        for (Change c : changes) {
            assumptions = assumptions.withCapacityChange(c.planningArea, c.phase, c.fromYear, c.places);
        }
        return assumptions;
    }

    /** Whether the project has a school estate at all (without one every phase shows a deficit). */
    static boolean hasEstate(Project project) {
        return project.getServices() != null && !project.getServices().getSchoolEstates().isEmpty();
    }

    static SchoolPhase phaseOf(YearGroup yearGroup) {
        // The model's year-group literals are valued by the pupils' age: nursery 3 … year 13 17.
        return SchoolYearGroup.of(yearGroup.getValue() - 3).phase();
    }

    private static List<SchoolCapacity> placesOf(SchoolUnit unit, YearGroup yearGroup) {
        return unit.getCapacities().stream().filter(c -> c.getYearGroup() == yearGroup)
                .sorted(Comparator.comparingInt(SchoolCapacity::getFromYear)).toList();
    }

    private record Change(int planningArea, SchoolPhase phase, int fromYear, double places) {
    }
}
