package cymru.croeso.engine.services;

import cymru.croeso.engine.ProjectionResult;

/** The four services worked out together from one projection, as a board paper or a slider move needs them. */
public record ServiceDemand(SchoolPlacesDemand schools, EsolDemand esol, HousingDemand housing, GpRegistrationDemand gp) {

    public static ServiceDemand project(ProjectionResult result, ServiceAssumptions assumptions) {
        return project(ProjectedPopulation.of(result), assumptions);
    }

    public static ServiceDemand project(ProjectedPopulation population, ServiceAssumptions assumptions) {
        return new ServiceDemand(SchoolPlaces.project(population, assumptions.schools()),
                Esol.project(population, assumptions.esol()), Housing.project(population, assumptions.housing()),
                GpRegistration.project(population, assumptions.gp()));
    }
}
