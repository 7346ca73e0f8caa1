package cymru.croeso.core.services;

import java.util.ArrayList;
import java.util.List;

import cymru.croeso.core.scenario.CapacityAdjustments;
import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.engine.services.EsolAssumptions;
import cymru.croeso.engine.services.EsolProvider;
import cymru.croeso.model.EsolNeed;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;
import cymru.croeso.model.ServiceAssumptions;

/**
 * The project's ESOL providers and needs, with the places and uptake-rate points a scenario's actions add (from
 * their first year to their last), as the ESOL assumptions; the
 * shares, rates, hours and cost not stated by a need or a provider come from the project's service figures.
 */
final class EsolProvision {

    private EsolProvision() {
    }

    static EsolAssumptions of(Project project, ProjectionAreas areas, CapacityAdjustments added) {
        List<PopulationGroup> groups = project.getBasePopulation().getGroups();
        ServiceAssumptions figures = ServiceFigure.assumptionsOf(project);
        boolean[] ukBorn = ProjectionAreas.ukBorn(project);
        double[] lacking = ProjectionAreas.byBirthplace(ukBorn, figures.getUkBornLimitedEnglishShare(),
                figures.getNonUkBornLimitedEnglishShare());
        double[] uptake = ProjectionAreas.byBirthplace(ukBorn, figures.getEsolUptakeRate(), figures.getEsolUptakeRate());
        List<cymru.croeso.model.EsolProvider> modelProviders = new ArrayList<>();
        List<EsolProvider> providers = new ArrayList<>();
        double cost = 0;
        double costPlaces = 0;
        if (project.getServices() != null) {
            // The calculator takes one share per group: a need stated for every area (no area) sets it.
            for (EsolNeed need : project.getServices().getEsolNeeds()) {
                int g = groups.indexOf(need.getGroup());
                if (g >= 0 && need.getArea() == null) {
                    lacking[g] = need.getLackingEnglish();
                    uptake[g] = need.getUptake();
                }
            }
            for (cymru.croeso.model.EsolProvider p : project.getServices().getEsolProviders()) {
                int area = p.getArea() == null ? -1 : areas.indexOf(p.getArea());
                if (area < 0) {
                    continue;
                }
                modelProviders.add(p);
                providers.add(new EsolProvider(p.getName(), area, p.getPlaces(), p.getGuidedHours() > 0
                        ? p.getGuidedHours() : figures.getEsolGuidedHoursPerLearner()));
                if (p.getCostPerHour() > 0) {
                    cost += p.getCostPerHour() * p.getPlaces();
                    costPlaces += p.getPlaces();
                }
            }
        }
        EsolAssumptions assumptions = new EsolAssumptions(lacking, uptake, providers, List.of(),
                figures.getEsolWaitingListDropOut(),
                costPlaces > 0 ? cost / costPlaces : figures.getEsolCostPerGuidedHour(), new double[areas.areas()]);
        for (int i = 0; i < modelProviders.size(); i++) {
            for (CapacitySteps step : CapacitySteps.of(added.esolPlacesAdded(modelProviders.get(i)), added.baseYear())) {
                assumptions = assumptions.withExtraPlaces(i, step.fromYear(), step.amount());
            }
        }
        for (EsolNeed need : project.getServices() == null ? List.<EsolNeed>of() : project.getServices().getEsolNeeds()) {
            List<CapacitySteps> steps = CapacitySteps.of(added.uptakePointsAdded(need), added.baseYear());
            int g = groups.indexOf(need.getGroup());
            if (steps.isEmpty() || g < 0) {
                continue;
            }
            if (need.getArea() != null) {
                throw new ScenarioProblem("a strategy action changes the ESOL uptake of group \"" + need.getGroup().getId()
                        + "\" in area " + need.getArea().getCode() + ", but uptake rates are set per group for every"
                        + " area; point the effect at the group's ESOL need without an area");
            }
            for (CapacitySteps step : steps) {
                assumptions = assumptions.withUptakeChange(g, step.fromYear(), step.amount());
            }
        }
        return assumptions;
    }
}
