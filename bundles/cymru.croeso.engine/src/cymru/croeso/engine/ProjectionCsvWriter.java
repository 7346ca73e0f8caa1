package cymru.croeso.engine;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a projection as one long CSV table, one row per area, group, sex, age and year from the base year to the
 * end year, with the columns
 * {@code area_code,group,sex,age,year,population,births,deaths,internal_in,internal_out,international_in,international_out}
 * (followed by {@code transitions_in,transitions_out,special_flows} only when the run has transitions or special flows).
 *
 * <ul>
 * <li>{@code sex} is M or F; {@code age} runs 0 … top, the top row being the open group (e.g. 90 = 90+);
 *     ages are ages at mid-year {@code year}, and every component is by age at the end of its year.</li>
 * <li>{@code population} is the mid-year population; for the base year it is the base estimate.</li>
 * <li>{@code births} is the number of babies of that sex born into the group during the year to mid-{@code year};
 *     it is given on the age-0 rows only (0 on the others). The age-0 population is those births less infant
 *     deaths plus net migration at age 0.</li>
 * <li>The component columns of the base year are empty: the run starts from the estimate and does not
 *     compute the base year's change.</li>
 * </ul>
 * So for every row: population = population of the cohort a year earlier (age − 1, or ages top − 1 and top for
 * the top row, or births for age 0) − deaths + internal_in − internal_out + international_in − international_out
 * (+ transitions_in − transitions_out + special_flows).
 * Numbers are written with up to six decimals, lines end with LF, and there is no BOM.
 */
public final class ProjectionCsvWriter {

    public static final String HEADER =
            "area_code,group,sex,age,year,population,births,deaths,internal_in,internal_out,international_in,international_out";

    private static final Component[] MAIN = {Component.BIRTHS, Component.DEATHS, Component.INTERNAL_IN,
        Component.INTERNAL_OUT, Component.INTERNATIONAL_IN, Component.INTERNATIONAL_OUT};
    private static final Component[] GROUP_FLOWS = {Component.TRANSITIONS_IN, Component.TRANSITIONS_OUT,
        Component.SPECIAL_FLOWS};

    private ProjectionCsvWriter() {
    }

    /** Writes the whole run to {@code out} (which the caller closes). */
    public static void write(ProjectionResult result, Writer out) throws IOException {
        PopulationShape shape = result.shape();
        boolean groupFlows = result.hasGroupFlows();
        out.write(HEADER);
        if (groupFlows) {
            out.write(",transitions_in,transitions_out,special_flows");
        }
        out.write('\n');
        StringBuilder line = new StringBuilder(160);
        for (int area = 0; area < shape.areas(); area++) {
            for (int g = 0; g < shape.groups(); g++) {
                for (Sex sex : Sex.values()) {
                    for (int age = 0; age <= shape.topAge(); age++) {
                        for (int year = result.baseYear(); year <= result.endYear(); year++) {
                            line.setLength(0);
                            line.append(shape.areaCodes().get(area)).append(',').append(shape.groupNames().get(g))
                                    .append(',').append(sex.code()).append(',').append(age).append(',').append(year)
                                    .append(',');
                            appendNumber(line, result.population(year, area, g, sex, age));
                            boolean base = year == result.baseYear();
                            appendComponents(line, result, MAIN, base, year, area, g, sex, age);
                            if (groupFlows) {
                                appendComponents(line, result, GROUP_FLOWS, base, year, area, g, sex, age);
                            }
                            line.append('\n');
                            out.append(line);
                        }
                    }
                }
            }
        }
    }

    private static void appendComponents(StringBuilder line, ProjectionResult result, Component[] components,
            boolean base, int year, int area, int group, Sex sex, int age) {
        for (Component c : components) {
            line.append(',');
            if (!base) {
                appendNumber(line, result.component(c, year, area, group, sex, age));
            }
        }
    }

    /** Six decimals without trailing zeros; plain digits (never an exponent) for any count a projection produces. */
    static void appendNumber(StringBuilder line, double v) {
        if (Math.abs(v) >= 1e12 || Double.isNaN(v)) {
            line.append(v);
            return;
        }
        long micro = Math.round(v * 1e6);
        if (micro < 0) {
            line.append('-');
            micro = -micro;
        }
        line.append(micro / 1_000_000);
        long fraction = micro % 1_000_000;
        if (fraction != 0) {
            line.append('.');
            String digits = Long.toString(fraction + 1_000_000).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            line.append(digits, 0, end);
        }
    }
}
