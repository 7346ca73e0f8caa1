package cymru.croeso.core.services;

import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.services.GpAssumptions;
import cymru.croeso.engine.services.HousingAssumptions;
import cymru.croeso.model.GpPractice;
import cymru.croeso.model.HousingCompletion;
import cymru.croeso.model.HousingStock;
import cymru.croeso.model.Project;

/** The project's dwelling stock and pipeline, and its GP list capacity, by projection area. */
final class HousingSupply {

    private HousingSupply() {
    }

    /** Default housing assumptions with the project's stock and completions; headship rates still uncalibrated. */
    static HousingAssumptions housing(Project project, PopulationShape shape, ProjectionAreas areas) {
        double[] stock = new double[shape.areas()];
        if (project.getServices() != null) {
            for (HousingStock s : project.getServices().getHousingStocks()) {
                int area = s.getArea() == null ? -1 : areas.indexOf(s.getArea());
                if (area >= 0) {
                    stock[area] += s.getDwellings();
                }
            }
        }
        HousingAssumptions assumptions = HousingAssumptions.withDefaults(shape, stock);
        if (project.getServices() != null) {
            for (HousingStock s : project.getServices().getHousingStocks()) {
                int area = s.getArea() == null ? -1 : areas.indexOf(s.getArea());
                for (HousingCompletion c : area < 0 ? java.util.List.<HousingCompletion>of() : s.getPipeline()) {
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
        return GpAssumptions.withDefaults(shape.groups(), capacity);
    }
}
