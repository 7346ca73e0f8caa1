package cymru.croeso.data.sample;

import java.util.List;
import java.util.function.IntUnaryOperator;

import cymru.croeso.model.values.PopulationCube;

/**
 * Splits each Welsh authority's mid-2011 population by sex and single year of age into the six default origin
 * groups, in whole persons, so that every authority keeps its published total exactly and Wales as a whole
 * reproduces the published shares of {@link PublishedFigures}.
 *
 * <p>The rule, in order, for each authority (each step takes people out of what the previous ones left):
 * <ol>
 * <li>Migrants (born abroad) in Wales = 5.8 % of the population; Cardiff's = 27.4 % of them.</li>
 * <li>The 2,856 asylum seekers go to the four dispersal areas in proportion to their population (which gives
 * Cardiff, Swansea, Newport, Wrexham in the published order); the 25,000 international students to the four
 * university authorities in proportion to their population aged 18–24 (where students live).</li>
 * <li>The other migrants outside Cardiff are spread over the other 21 authorities in proportion to population
 * (illustrative; the sources give no breakdown); Cardiff's are its 27.4 % less its asylum seekers and students.</li>
 * <li>Each authority's migrants are split into the bands 0–14, 15–64 and 65+ by the published migrant shares
 * (10.7 %, 79 %, 10.3 %), so Wales reproduces them too; within a band the migrants other than asylum seekers and
 * students fill what those two groups left, by {@link IllustrativeRules#settledMigrantIntensity}.</li>
 * <li>Those migrants are split into EU/EEA, third-country nationals and refugees by the illustrative shares.</li>
 * <li>Everyone else is UK-born.</li>
 * </ol>
 * Every step rounds to whole persons by largest remainders, so no cell is negative and all sums are exact.
 */
final class OriginSplit {

    /** Group positions, in the order of {@code DefaultPopulationGroups.create()}. */
    public static final int UK_BORN = 0;
    public static final int EU_EEA = 1;
    public static final int THIRD_COUNTRY = 2;
    public static final int ASYLUM_SEEKERS = 3;
    public static final int REFUGEES = 4;
    public static final int STUDENTS = 5;
    public static final int GROUPS = 6;

    private static final int SEXES = PopulationCube.SEXES;

    private final List<String> areaCodes;
    private final int ages;
    /** [area][group][sex][age] */
    private final int[][][][] persons;
    private final int[] asylumSeekers;
    private final int[] students;

    /** @param populations each authority's persons by sex (male, female) and age, in the order of {@code areaCodes} */
    public OriginSplit(List<String> areaCodes, List<int[][]> populations) {
        this.areaCodes = List.copyOf(areaCodes);
        this.ages = populations.get(0)[0].length;
        int n = areaCodes.size();
        int[] totals = new int[n];
        for (int a = 0; a < n; a++) {
            totals[a] = sum(populations.get(a));
        }
        asylumSeekers = byAreas(PublishedFigures.ASYLUM_SEEKERS_DEC_2015, PublishedFigures.DISPERSAL_AREAS,
                a -> totals[a]);
        students = byAreas(PublishedFigures.INTERNATIONAL_STUDENTS_2013_14, PublishedFigures.UNIVERSITY_AREAS,
                a -> persons(populations.get(a), 18, 24));
        int[] migrants = migrantsByArea(totals);
        persons = new int[n][GROUPS][SEXES][ages];
        for (int a = 0; a < n; a++) {
            splitArea(a, populations.get(a), migrants[a]);
        }
    }

    /** Persons of one area, group, sex (0 = male, 1 = female) and age. */
    public int persons(int area, int group, int sex, int age) {
        return persons[area][group][sex][age];
    }

    public List<String> areaCodes() {
        return areaCodes;
    }

    public int ages() {
        return ages;
    }

    /** Asylum seekers placed in the area (before the split by age). */
    public int asylumSeekers(int area) {
        return asylumSeekers[area];
    }

    /** International students placed in the area. */
    public int students(int area) {
        return students[area];
    }

    private int[] byAreas(int total, List<String> codes, IntUnaryOperator weight) {
        double[] weights = new double[areaCodes.size()];
        for (String code : codes) {
            int a = areaIndex(code);
            weights[a] = weight.applyAsInt(a);
        }
        return Apportionment.split(total, weights);
    }

    private int[] migrantsByArea(int[] totals) {
        int n = totals.length;
        int wales = 0;
        for (int t : totals) {
            wales += t;
        }
        int all = (int) Math.round(PublishedFigures.BORN_ABROAD_SHARE * wales);
        int cardiff = areaIndex(PublishedFigures.CARDIFF);
        int inCardiff = (int) Math.round(PublishedFigures.CARDIFF_SHARE_OF_MIGRANTS * all);
        int settledElsewhere = all - inCardiff;
        double[] weights = new double[n];
        for (int a = 0; a < n; a++) {
            if (a != cardiff) {
                settledElsewhere -= asylumSeekers[a] + students[a];
                weights[a] = totals[a];
            }
        }
        int[] migrants = Apportionment.split(settledElsewhere, weights);
        for (int a = 0; a < n; a++) {
            migrants[a] += a == cardiff ? inCardiff : asylumSeekers[a] + students[a];
        }
        return migrants;
    }

    private void splitArea(int a, int[][] population, int migrants) {
        int[] left = flatten(population);
        int[] asylum = Apportionment.take(asylumSeekers[a], left,
                intensities(IllustrativeRules::asylumSeekerIntensity));
        subtract(left, asylum);
        int[] student = Apportionment.take(students[a], left, intensities(IllustrativeRules::studentIntensity));
        subtract(left, student);
        int[] settled = new int[left.length];
        int[] bandTotals = Apportionment.split(migrants, new double[] {PublishedFigures.MIGRANTS_UNDER_15,
                1 - PublishedFigures.MIGRANTS_UNDER_15 - PublishedFigures.MIGRANTS_65_AND_OVER,
                PublishedFigures.MIGRANTS_65_AND_OVER});
        int[][] bands = {{0, PublishedFigures.LAST_AGE_UNDER_15},
                {PublishedFigures.LAST_AGE_UNDER_15 + 1, PublishedFigures.FIRST_AGE_65_AND_OVER - 1},
                {PublishedFigures.FIRST_AGE_65_AND_OVER, ages - 1}};
        for (int b = 0; b < bands.length; b++) {
            int from = bands[b][0];
            int to = bands[b][1];
            double[] inBand = intensities((sex, age) -> age >= from && age <= to
                    ? IllustrativeRules.settledMigrantIntensity(sex, age) : 0);
            int inBandAlready = inBand(asylum, from, to) + inBand(student, from, to);
            int[] part = Apportionment.take(bandTotals[b] - inBandAlready, left, inBand);
            for (int i = 0; i < settled.length; i++) {
                settled[i] += part[i];
            }
        }
        subtract(left, settled);
        int settledTotal = migrants - asylumSeekers[a] - students[a];
        int[] groupTotals = Apportionment.split(settledTotal, new double[] {IllustrativeRules.REFUGEE_SHARE,
                IllustrativeRules.EU_EEA_SHARE, IllustrativeRules.THIRD_COUNTRY_SHARE});
        double[] flat = intensities((sex, age) -> 1);
        int[] refugees = Apportionment.take(groupTotals[0], settled, flat);
        subtract(settled, refugees);
        int[] eu = Apportionment.take(groupTotals[1], settled, flat);
        subtract(settled, eu);
        store(a, ASYLUM_SEEKERS, asylum);
        store(a, STUDENTS, student);
        store(a, REFUGEES, refugees);
        store(a, EU_EEA, eu);
        store(a, THIRD_COUNTRY, settled);
        store(a, UK_BORN, left);
    }

    private double[] intensities(Intensity intensity) {
        double[] values = new double[SEXES * ages];
        for (int s = 0; s < SEXES; s++) {
            for (int age = 0; age < ages; age++) {
                values[s * ages + age] = intensity.at(s, age);
            }
        }
        return values;
    }

    /** An intensity by sex and age. */
    @FunctionalInterface
    private interface Intensity {
        double at(int sex, int age);
    }

    private int inBand(int[] cells, int from, int to) {
        int sum = 0;
        for (int s = 0; s < SEXES; s++) {
            for (int age = from; age <= to; age++) {
                sum += cells[s * ages + age];
            }
        }
        return sum;
    }

    private void store(int area, int group, int[] cells) {
        for (int s = 0; s < SEXES; s++) {
            System.arraycopy(cells, s * ages, persons[area][group][s], 0, ages);
        }
    }

    private int[] flatten(int[][] bySexAndAge) {
        int[] cells = new int[SEXES * ages];
        for (int s = 0; s < SEXES; s++) {
            System.arraycopy(bySexAndAge[s], 0, cells, s * ages, ages);
        }
        return cells;
    }

    private static void subtract(int[] from, int[] taken) {
        for (int i = 0; i < from.length; i++) {
            from[i] -= taken[i];
        }
    }

    private int areaIndex(String code) {
        int a = areaCodes.indexOf(code);
        if (a < 0) {
            throw new IllegalArgumentException("the sample has no authority " + code);
        }
        return a;
    }

    private static int sum(int[][] cells) {
        int sum = 0;
        for (int[] row : cells) {
            for (int v : row) {
                sum += v;
            }
        }
        return sum;
    }

    private static int persons(int[][] bySexAndAge, int from, int to) {
        int sum = 0;
        for (int[] bySex : bySexAndAge) {
            for (int age = from; age <= to; age++) {
                sum += bySex[age];
            }
        }
        return sum;
    }
}
