package cymru.croeso.core.services;

import java.util.ArrayList;
import java.util.List;

import cymru.croeso.core.scenario.CapacityAdjustments;
import cymru.croeso.engine.services.EsolAssumptions;
import cymru.croeso.engine.services.EsolProvider;
import cymru.croeso.engine.services.ServiceDefaults;
import cymru.croeso.model.EsolNeed;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;

/** The project's ESOL providers and needs, with the places a scenario's actions add, as the ESOL assumptions. */
final class EsolProvision {

    private EsolProvision() {
    }

    static EsolAssumptions of(Project project, ProjectionAreas areas, CapacityAdjustments added) {
        List<PopulationGroup> groups = project.getBasePopulation().getGroups();
        boolean[] ukBorn = ProjectionAreas.ukBorn(project);
        double[] lacking = ServiceDefaults.byBirthplace(ukBorn, ServiceDefaults.UK_BORN_LIMITED_ENGLISH_SHARE,
                ServiceDefaults.NON_UK_BORN_LIMITED_ENGLISH_SHARE);
        double[] uptake = ServiceDefaults.byBirthplace(ukBorn, ServiceDefaults.ESOL_UPTAKE_RATE,
                ServiceDefaults.ESOL_UPTAKE_RATE);
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
                        ? p.getGuidedHours() : ServiceDefaults.ESOL_GUIDED_HOURS_PER_LEARNER));
                if (p.getCostPerHour() > 0) {
                    cost += p.getCostPerHour() * p.getPlaces();
                    costPlaces += p.getPlaces();
                }
            }
        }
        EsolAssumptions assumptions = new EsolAssumptions(lacking, uptake, providers, List.of(),
                ServiceDefaults.ESOL_WAITING_LIST_DROP_OUT,
                costPlaces > 0 ? cost / costPlaces : ServiceDefaults.ESOL_COST_PER_GUIDED_HOUR, new double[areas.areas()]);
        for (int i = 0; i < modelProviders.size(); i++) {
            for (CapacitySteps step : CapacitySteps.of(added.esolPlacesAdded(modelProviders.get(i)), added.baseYear())) {
                assumptions = assumptions.withExtraPlaces(i, step.fromYear(), step.amount());
            }
        }
        return assumptions;
    }
}
