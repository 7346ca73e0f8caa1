package cymru.croeso.core.boardpack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import cymru.croeso.engine.services.EsolDemand;
import cymru.croeso.engine.services.GpRegistrationDemand;
import cymru.croeso.engine.services.HousingDemand;
import cymru.croeso.engine.services.SchoolPhase;
import cymru.croeso.engine.services.SchoolPlacesDemand;
import cymru.croeso.engine.services.ServiceDemand;
import cymru.croeso.export.pack.BoardPackContent.Service;
import cymru.croeso.export.pack.BoardPackContent.ServiceTable;
import cymru.croeso.export.pack.BoardPackContent.ServiceYear;

/**
 * Each service's demand against capacity per year, summed over the project's areas, as the board pack shows it:
 * schools' pupils against places (every phase); ESOL adults seeking a place (new applicants and those still
 * waiting) against class places; housing's dwellings needed against dwellings available (so that spare capacity is
 * the engine's shortfall with its sign turned); GP registered patients against list capacity.
 */
final class ServiceTables {

    private ServiceTables() {
    }

    static List<ServiceTable> of(ServiceDemand demand, int areas) {
        List<ServiceTable> tables = new ArrayList<>();
        SchoolPlacesDemand schools = demand.schools();
        tables.add(table(Service.SCHOOLS, schools.firstYear(), schools.lastYear(),
                year -> schools(schools, year, false), year -> schools(schools, year, true)));
        EsolDemand esol = demand.esol();
        tables.add(table(Service.ESOL, esol.firstYear(), esol.lastYear(),
                year -> sum(areas, a -> esol.get(EsolDemand.Measure.SEEKING_PLACE, year, a)),
                year -> sum(areas, a -> esol.get(EsolDemand.Measure.PLACES, year, a))));
        HousingDemand housing = demand.housing();
        tables.add(table(Service.HOUSING, housing.firstYear(), housing.lastYear(),
                year -> sum(areas, a -> housing.get(HousingDemand.Measure.DWELLINGS_NEEDED, year, a)),
                year -> sum(areas, a -> housing.get(HousingDemand.Measure.DWELLINGS_AVAILABLE, year, a))));
        GpRegistrationDemand gp = demand.gp();
        tables.add(table(Service.GP, gp.firstYear(), gp.lastYear(),
                year -> sum(areas, a -> gp.get(GpRegistrationDemand.Measure.REGISTERED, year, a)),
                year -> sum(areas, a -> gp.get(GpRegistrationDemand.Measure.LIST_CAPACITY, year, a))));
        return tables;
    }

    /** The demand of one service in one year, over every area (for headlines and comparisons). */
    static double demandIn(List<ServiceTable> tables, Service service, int year) {
        for (ServiceTable t : tables) {
            if (t.service() == service) {
                for (ServiceYear y : t.years()) {
                    if (y.year() == year) {
                        return y.demand();
                    }
                }
            }
        }
        throw new IllegalArgumentException(service + " has no figure for " + year);
    }

    private interface AreaValue {
        double in(int area);
    }

    private static double sum(int areas, AreaValue value) {
        double total = 0;
        for (int a = 0; a < areas; a++) {
            total += value.in(a);
        }
        return total;
    }

    private static double schools(SchoolPlacesDemand schools, int year, boolean capacity) {
        double total = 0;
        for (int p = 0; p < schools.planningAreas().size(); p++) {
            for (SchoolPhase phase : SchoolPhase.values()) {
                total += capacity ? schools.capacity(year, p, phase) : schools.pupils(year, p, phase);
            }
        }
        return total;
    }

    private static ServiceTable table(Service service, int firstYear, int lastYear, IntFunction<Double> demand,
            IntFunction<Double> capacity) {
        List<ServiceYear> years = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            years.add(new ServiceYear(year, demand.apply(year), capacity.apply(year)));
        }
        return new ServiceTable(service, years);
    }
}
