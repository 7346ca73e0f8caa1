package cymru.croeso.engine.services;

/**
 * The assumptions of all four services for one scenario; a strategy action changes one of them (e.g.
 * {@link EsolAssumptions#withExtraPlaces}) and the services are worked out again.
 */
public record ServiceAssumptions(SchoolAssumptions schools, EsolAssumptions esol, HousingAssumptions housing,
        GpAssumptions gp) {
}
