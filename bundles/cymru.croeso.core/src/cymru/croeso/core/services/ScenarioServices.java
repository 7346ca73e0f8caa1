package cymru.croeso.core.services;

import cymru.croeso.core.scenario.ScenarioRun;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.services.HousingAssumptions;
import cymru.croeso.engine.services.ProjectedPopulation;
import cymru.croeso.engine.services.ServiceAssumptions;
import cymru.croeso.engine.services.ServiceDemand;
import cymru.croeso.model.Project;

/**
 * The service assumptions of one scenario run: the project's services, the capacity its enabled strategy actions
 * add, and headship rates calibrated on its root scenario (see the package documentation).
 *
 * @param assumptions      what the four calculators take
 * @param calibration      how headship rates were calibrated, or {@code null} when the project has no household
 *                         projections for the horizon (the rates then keep their uncalibrated default shape)
 * @param schoolEstate     whether the project records a school estate
 * @param housingStock     whether the project records any dwelling stock
 */
public record ScenarioServices(ServiceAssumptions assumptions, HouseholdCalibration.Calibrated calibration,
        boolean schoolEstate, boolean housingStock) {

    /**
     * @param run       the scenario run whose services are wanted
     * @param reference the run of its root scenario (the same run when it has no parent), for the calibration
     */
    public static ScenarioServices of(ScenarioRun run, ScenarioRun reference) {
        Project project = run.scenario().project();
        PopulationShape shape = run.result().shape();
        ProjectionAreas areas = new ProjectionAreas(shape);
        HousingAssumptions housing = HousingSupply.housing(project, shape, areas);
        HouseholdCalibration.Calibrated calibration = HouseholdCalibration.calibrate(project,
                ProjectedPopulation.of(reference.result()), housing);
        ServiceAssumptions assumptions = new ServiceAssumptions(SchoolPlanning.of(project, areas, run.capacity()),
                EsolProvision.of(project, areas, run.capacity()),
                calibration == null ? housing : calibration.assumptions(), HousingSupply.gp(project, shape, areas));
        return new ScenarioServices(assumptions, calibration, SchoolPlanning.hasEstate(project),
                HousingSupply.hasStock(project));
    }

    /** All four services worked out for the run. */
    public ServiceDemand demand(ScenarioRun run) {
        return ServiceDemand.project(run.result(), assumptions);
    }
}
