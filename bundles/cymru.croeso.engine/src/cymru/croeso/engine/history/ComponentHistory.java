package cymru.croeso.engine.history;

import cymru.croeso.engine.MigrationFlow;
import cymru.croeso.engine.PopulationShape;
import cymru.croeso.engine.Sex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Historic estimates and components indexed for derivation, with the population at risk of each year built by the
 * engine's convention, so that rates derived here mean what the engine applies.
 */
public final class ComponentHistory {
    private final int topAge;
    private final IndexedTable population;
    private final IndexedTable births;
    private final IndexedTable deaths;
    private final IndexedTable birthsByAgeOfMother;
    private final Map<MigrationFlow, IndexedTable> flows = new EnumMap<>(MigrationFlow.class);

    /** Indexes the tables; the population table's highest age is taken as the open top group (90 for 90+). */
    public ComponentHistory(HistoricTables tables) {
        if (tables.population().isEmpty()) {
            throw new IllegalArgumentException("the population table is empty");
        }
        topAge = IndexedTable.topAge(tables.population());
        if (topAge < 1 || topAge > PopulationShape.MAX_TOP_AGE) {
            throw new IllegalArgumentException("the population table's top age " + topAge + " is outside 1 … " + PopulationShape.MAX_TOP_AGE);
        }
        population = new IndexedTable("population table", tables.population(), topAge);
        births = new IndexedTable("births table", tables.births(), topAge);
        deaths = new IndexedTable("deaths table", tables.deaths(), topAge);
        birthsByAgeOfMother = tables.birthsByAgeOfMother().isEmpty() ? null
                : new IndexedTable("births by age of mother table", tables.birthsByAgeOfMother(), topAge);
        flows.put(MigrationFlow.INTERNAL_IN, new IndexedTable("internal in-migration table", tables.internalIn(), topAge));
        flows.put(MigrationFlow.INTERNAL_OUT, new IndexedTable("internal out-migration table", tables.internalOut(), topAge));
        flows.put(MigrationFlow.INTERNATIONAL_IN, new IndexedTable("international in-migration table", tables.internationalIn(), topAge));
        flows.put(MigrationFlow.INTERNATIONAL_OUT, new IndexedTable("international out-migration table", tables.internationalOut(), topAge));
    }

    public int topAge() {
        return topAge;
    }

    public int ages() {
        return topAge + 1;
    }

    /** The areas of the population table, in code order. */
    public List<String> areas() {
        return new ArrayList<>(population.areas());
    }

    /** The mid-year estimate of one area and year, laid out [sex][age]. */
    public double[] population(String area, int year) {
        return population.year(area, year).clone();
    }

    /**
     * R(year): the estimate of the year before aged on one year, the top group keeping its survivors, and the
     * year's births by sex at age 0; laid out [sex][age].
     */
    public double[] atRisk(String area, int year) {
        double[] start = population.year(area, year - 1);
        double[] born = births.year(area, year);
        int ages = ages();
        double[] r = new double[2 * ages];
        for (int s = 0; s < 2; s++) {
            int b = s * ages;
            r[b] = sumOverAges(born, s);
            System.arraycopy(start, b, r, b + 1, topAge - 1);
            r[b + topAge] = start[b + topAge - 1] + start[b + topAge];
        }
        return r;
    }

    /** Total births of a year (both sexes). */
    public double totalBirths(String area, int year) {
        double[] born = births.year(area, year);
        return sumOverAges(born, 0) + sumOverAges(born, 1);
    }

    public double[] deaths(String area, int year) {
        return deaths.year(area, year);
    }

    public double[] flow(MigrationFlow flow, String area, int year) {
        return flows.get(flow).year(area, year);
    }

    /** Whether births by age of mother were given at all. */
    public boolean hasBirthsByAgeOfMother() {
        return birthsByAgeOfMother != null;
    }

    /** Births by age of mother in a year, by age (the female half of the table). */
    public double[] birthsByAgeOfMother(String area, int year) {
        double[] v = birthsByAgeOfMother.year(area, year);
        double[] byAge = new double[ages()];
        System.arraycopy(v, Sex.FEMALE.ordinal() * ages(), byAge, 0, ages());
        return byAge;
    }

    // Births tables put every baby on age 0, but some extracts leave the age blank or use another; take them all.
    private double sumOverAges(double[] values, int sex) {
        double sum = 0;
        for (int a = 0; a < ages(); a++) {
            sum += values[sex * ages() + a];
        }
        return sum;
    }
}
