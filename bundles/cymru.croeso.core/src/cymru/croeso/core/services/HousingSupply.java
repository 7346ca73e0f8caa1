package cymru.croeso.core.services;

import java.util.List;

import cymru.croeso.core.scenario.ScenarioProblem;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.services.GpAssumptions;
import cymru.croeso.engine.services.HousingAssumptions;
import cymru.croeso.model.GpPractice;
import cymru.croeso.model.HousingCompletion;
import cymru.croeso.model.HousingStock;
import cymru.croeso.model.Project;
import cymru.croeso.model.ServiceAssumptions;

/**
 * The project's dwelling stock and pipeline, and its GP list capacity, by projection area, with the housing and GP
 * figures of its service assumptions.
 */
final class HousingSupply {

    /** Household-representative rates are 0 below this age (the rate of 16 and over applies from it). */
    private static final int ADULT_AGE = 16;

    private HousingSupply() {
    }

    /** Housing assumptions with the project's stock, completions and figures; headship rates still uncalibrated. */
    static HousingAssumptions housing(Project project, PopulationShape shape, ProjectionAreas areas) {
        ServiceAssumptions figures = ServiceFigure.assumptionsOf(project);
        if (!(figures.getVacancyRate() + figures.getSecondHomesRate() < 1)) {
            throw new ScenarioProblem("the service assumptions' vacancy rate (" + figures.getVacancyRate()
                    + ") and second homes rate (" + figures.getSecondHomesRate() + ") leave no dwellings for households;"
                    + " they must add up to less than 1");
        }
        double[] stock = new double[shape.areas()];
        if (project.getServices() != null) {
            for (HousingStock s : project.getServices().getHousingStocks()) {
                int area = s.getArea() == null ? -1 : areas.indexOf(s.getArea());
                if (area >= 0) {
                    stock[area] += s.getDwellings();
                }
            }
        }
        double[] headship = new double[shape.cells()];
        for (int i = 0; i < headship.length; i++) {
            headship[i] = i % shape.ages() >= ADULT_AGE ? figures.getHeadshipRateAdult() : 0;
        }
        HousingAssumptions assumptions = new HousingAssumptions(
                ProjectionAreas.filled(shape.areas() * PopulationShape.SEXES * shape.ages(), figures.getInstitutionalRate()),
                false, headship, ProjectionAreas.filled(shape.areas(), figures.getVacancyRate()),
                ProjectionAreas.filled(shape.areas(), figures.getSecondHomesRate()),
                stock, List.of(), ProjectionAreas.byBirthplace(ProjectionAreas.ukBorn(project),
                        figures.getUkBornRentingShare(), figures.getNonUkBornRentingShare()),
                figures.getCrowdingIndexThreshold());
        if (project.getServices() != null) {
            for (HousingStock s : project.getServices().getHousingStocks()) {
                int area = s.getArea() == null ? -1 : areas.indexOf(s.getArea());
                for (HousingCompletion c : area < 0 ? List.<HousingCompletion>of() : s.getPipeline()) {
                    assumptions = assumptions.withCompletions(area, c.getYear(), c.getDwellings());
                }
            }
        }
        return assumptions;
    }

    /** Whether any area has dwellings recorded (without stock, dwellings available are 0 and all are shortfall). */
    static boolean hasStock(Project project) {
        return project.getServices() != null && !project.getServices().getHousingStocks().isEmpty();
    }

    static GpAssumptions gp(Project project, PopulationShape shape, ProjectionAreas areas) {
        double[] capacity = new double[shape.areas()];
        if (project.getServices() != null) {
            for (GpPractice p : project.getServices().getGpPractices()) {
                int area = p.getArea() == null ? -1 : areas.indexOf(p.getArea());
                if (area >= 0) {
                    capacity[area] += p.getListCapacity();
                }
            }
        }
        return new GpAssumptions(ProjectionAreas.filled(shape.groups(), ServiceFigure.assumptionsOf(project).getGpRegistrationRate()),
                capacity, List.of());
    }
}
