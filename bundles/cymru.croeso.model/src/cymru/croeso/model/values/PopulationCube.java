package cymru.croeso.model.values;

import cymru.croeso.model.BasePopulation;

/**
 * The shape of a base population's array (areas × groups × sexes × ages, age varying fastest) and where each
 * cell lives in it.
 *
 * @param areas the number of areas
 * @param groups the number of population groups
 * @param ages the number of single years of age, 0 to the top age inclusive
 */
public record PopulationCube(int areas, int groups, int ages) {

    /**
     * Males come first, then females, in every array indexed by sex. The engine orders females first;
     * cymru.croeso.core.scenario.SexOrder is the one place that converts.
     */
    public static final int SEXES = 2;
    public static final int MALE = 0;
    public static final int FEMALE = 1;

    public PopulationCube {
        if (areas < 0 || groups < 0 || ages < 0) {
            throw new IllegalArgumentException("negative dimension: " + areas + " × " + groups + " × " + ages);
        }
    }

    /** The shape the population's areas, groups and top age call for. */
    public static PopulationCube of(BasePopulation population) {
        return new PopulationCube(population.getAreas().size(), population.getGroups().size(), population.getTopAge() + 1);
    }

    /** The number of cells. */
    public int size() {
        return Math.multiplyExact(Math.multiplyExact(areas, groups), SEXES * ages);
    }

    /** The position of one cell in the array. */
    public int index(int area, int group, int sex, int age) {
        if (area < 0 || area >= areas || group < 0 || group >= groups || sex < 0 || sex >= SEXES || age < 0 || age >= ages) {
            throw new IndexOutOfBoundsException("cell (" + area + ", " + group + ", " + sex + ", " + age + ") outside " + this);
        }
        return ((area * groups + group) * SEXES + sex) * ages + age;
    }
}
