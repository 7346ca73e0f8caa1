package cymru.croeso.data.sample;

import java.util.Arrays;

/** Persons by sex and single year of age 0 … top (the last age being the open top group) in one area. */
public record AreaPyramid(String areaCode, double[] males, double[] females) {

    public AreaPyramid {
        if (males.length != females.length) {
            throw new IllegalArgumentException("males and females cover different ages in " + areaCode);
        }
        males = males.clone();
        females = females.clone();
    }

    @Override
    public double[] males() {
        return males.clone();
    }

    @Override
    public double[] females() {
        return females.clone();
    }

    public int topAge() {
        return males.length - 1;
    }

    public double maleTotal() {
        return Arrays.stream(males).sum();
    }

    public double femaleTotal() {
        return Arrays.stream(females).sum();
    }

    public double total() {
        return maleTotal() + femaleTotal();
    }

    /** Persons of both sexes aged {@code from} … {@code to} inclusive (the top age counts as the open group). */
    public double persons(int from, int to) {
        double sum = 0;
        for (int age = Math.max(0, from); age <= Math.min(to, topAge()); age++) {
            sum += males[age] + females[age];
        }
        return sum;
    }
}
