package cymru.croeso.engine;

import java.util.List;

/**
 * The dimensions of a projection: its areas, origin groups and single years of age up to an open top group,
 * and the arithmetic that maps (area, group, sex, age) to a position in a flat array.
 *
 * @param areaCodes  the areas' codes, e.g. GSS codes such as {@code W06000015}
 * @param groupNames the origin groups' names; group 0 is the one births go to by default (UK-born)
 * @param topAge     the first age of the open top group, e.g. 90 for 90+
 */
public record PopulationShape(List<String> areaCodes, List<String> groupNames, int topAge) {

    /** 90+: the open top group of the ONS mid-year estimates and sub-national projections. */
    public static final int DEFAULT_TOP_AGE = 90;

    /** 110+: the oldest open top group the engine accepts (the ONS national life tables stop at 100+; 110 leaves room). */
    public static final int MAX_TOP_AGE = 110;

    public static final int SEXES = 2;

    public PopulationShape {
        areaCodes = List.copyOf(areaCodes);
        groupNames = List.copyOf(groupNames);
        if (areaCodes.isEmpty() || groupNames.isEmpty()) {
            throw new IllegalArgumentException("a projection needs at least one area and one group");
        }
        if (topAge < 1 || topAge > MAX_TOP_AGE) {
            throw new IllegalArgumentException("top age " + topAge + " is outside 1 … " + MAX_TOP_AGE);
        }
    }

    public int areas() {
        return areaCodes.size();
    }

    public int groups() {
        return groupNames.size();
    }

    /** Number of single-year age cells, 0 … topAge. */
    public int ages() {
        return topAge + 1;
    }

    /** Number of cells of one year: areas × groups × 2 sexes × ages. */
    public int cells() {
        return areas() * groups() * SEXES * ages();
    }

    /** Position of a cell in a flat array ordered area, group, sex, age. */
    public int cell(int area, int group, int sex, int age) {
        return ((area * groups() + group) * SEXES + sex) * ages() + age;
    }

    /** Position of the first age of an (area, group, sex) run of {@link #ages()} cells. */
    public int firstCell(int area, int group, int sex) {
        return ((area * groups() + group) * SEXES + sex) * ages();
    }
}
