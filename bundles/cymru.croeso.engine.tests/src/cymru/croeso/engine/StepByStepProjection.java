package cymru.croeso.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The projection as the engine ran it before it was made fast (commit 4516970): each step of a year applied to the
 * whole population before the next step, with plain scalar loops, no shortcuts and fresh arrays for every run. The
 * engine must give exactly the same numbers, to the last bit, so tests compare it with this reference.
 */
public final class StepByStepProjection {
    private static final int FEMALE = Sex.FEMALE.ordinal();
    private static final int MALE = Sex.MALE.ordinal();

    private final ProjectionInputs in;
    private final PopulationShape shape;
    private final int cells;
    private final double[][] population;
    private final double[][][] components = new double[Component.values().length][][];
    private final double[] atRisk;
    private final double[] transferFactor;
    private final List<FlowCap> caps = new ArrayList<>();

    private StepByStepProjection(ProjectionInputs in) {
        this.in = in;
        this.shape = in.shape();
        this.cells = shape.cells();
        population = new double[in.years() + 1][cells];
        for (Component c : Component.values()) {
            boolean present = switch (c) {
                case TRANSITIONS_IN, TRANSITIONS_OUT -> !in.transitions().isEmpty();
                case SPECIAL_FLOWS -> !in.specialFlows().isEmpty();
                default -> true;
            };
            if (present) {
                components[c.ordinal()] = new double[in.years() + 1][cells];
            }
        }
        atRisk = new double[cells];
        transferFactor = new double[cells];
    }

    /** Projects {@code in} from its base year to its end year. */
    public static ProjectionResult run(ProjectionInputs in) {
        StepByStepProjection p = new StepByStepProjection(in);
        System.arraycopy(in.base().toArray(), 0, p.population[0], 0, p.cells);
        for (int t = 1; t <= in.years(); t++) {
            p.step(t);
        }
        return new ProjectionResult(in, p.population, p.components, p.caps);
    }

    private void step(int t) {
        int year = in.baseYear() + t;
        ageOn(population[t - 1]);
        addBirths(year, t);
        for (MigrationFlow flow : MigrationFlow.values()) {
            double[] out = components[Component.of(flow).ordinal()][t];
            for (int g = 0; g < shape.groups(); g++) {
                MigrationRule rule = in.migration().rule(flow, g);
                if (rule != null) {
                    fillMigration(rule, year, g, out);
                }
            }
        }
        applyDeaths(year, t);
        applyTransitions(year, t);
        addSpecialFlows(year, t);
        closeYear(year, t);
    }

    private void ageOn(double[] previous) {
        int ages = shape.ages();
        int top = shape.topAge();
        for (int run = 0; run < cells; run += ages) {
            atRisk[run] = 0;
            for (int a = 1; a < top; a++) {
                atRisk[run + a] = previous[run + a - 1];
            }
            atRisk[run + top] = previous[run + top - 1] + previous[run + top];
        }
    }

    private void addBirths(int year, int t) {
        double[] f = in.fertility().rates().at(year);
        double boys = in.fertility().maleShareOfBirths();
        int birthGroup = in.fertility().birthGroup();
        int ages = shape.ages();
        double[] births = components[Component.BIRTHS.ordinal()][t];
        for (int area = 0; area < shape.areas(); area++) {
            double total = 0;
            for (int g = 0; g < shape.groups(); g++) {
                int rate = (area * shape.groups() + g) * ages;
                int women = shape.firstCell(area, g, FEMALE);
                for (int a = 1; a < ages; a++) {
                    total += f[rate + a] * atRisk[women + a];
                }
            }
            int girlsCell = shape.firstCell(area, birthGroup, FEMALE);
            int boysCell = shape.firstCell(area, birthGroup, MALE);
            atRisk[girlsCell] = total - boys * total;
            atRisk[boysCell] = boys * total;
            births[girlsCell] = atRisk[girlsCell];
            births[boysCell] = atRisk[boysCell];
        }
    }

    private void fillMigration(MigrationRule rule, int year, int group, double[] out) {
        int ages = shape.ages();
        for (int area = 0; area < shape.areas(); area++) {
            for (int sex = 0; sex < PopulationShape.SEXES; sex++) {
                int cell = shape.firstCell(area, group, sex);
                int from = (area * PopulationShape.SEXES + sex) * ages;
                for (int a = 0; a < ages; a++) {
                    out[cell + a] = switch (rule) {
                        case MigrationRule.Counts c -> c.counts().at(year)[from + a];
                        case MigrationRule.ScheduledTotal s -> s.totals().at(year)[area] * s.schedule().shares()[sex * ages + a];
                        case MigrationRule.Rate r -> r.rates().at(year)[from + a]
                                * (r.reference() == null ? atRisk[cell + a] : r.reference().at(year)[from + a]);
                    };
                }
            }
        }
    }

    private void applyDeaths(int year, int t) {
        double[] m = in.mortality().rates().at(year);
        double[] deaths = components[Component.DEATHS.ordinal()][t];
        for (int i = 0; i < cells; i++) {
            double d = m[i] * atRisk[i];
            if (d > atRisk[i]) {
                caps.add(FlowCap.at(shape, year, i, Component.DEATHS, d, atRisk[i]));
                d = atRisk[i];
            }
            deaths[i] = d;
        }
    }

    private void applyTransitions(int year, int t) {
        if (in.transitions().isEmpty()) {
            return;
        }
        double[] out = components[Component.TRANSITIONS_OUT.ordinal()][t];
        double[] into = components[Component.TRANSITIONS_IN.ordinal()][t];
        double[] deaths = components[Component.DEATHS.ordinal()][t];
        int ages = shape.ages();
        for (GroupTransition tr : in.transitions()) {
            double[] share = tr.shares().at(year);
            for (int from : runs(tr.fromGroup())) {
                for (int a = 0; a < ages; a++) {
                    out[from + a] += share[a] * atRisk[from + a];
                }
            }
        }
        for (int i = 0; i < cells; i++) {
            double requested = out[i];
            double survivors = atRisk[i] - deaths[i];
            transferFactor[i] = 1;
            if (requested > survivors) {
                caps.add(FlowCap.at(shape, year, i, Component.TRANSITIONS_OUT, requested, survivors));
                transferFactor[i] = survivors / requested;
                out[i] = survivors;
            }
        }
        for (GroupTransition tr : in.transitions()) {
            double[] share = tr.shares().at(year);
            int shift = shape.firstCell(0, tr.toGroup(), 0) - shape.firstCell(0, tr.fromGroup(), 0);
            for (int from : runs(tr.fromGroup())) {
                for (int a = 0; a < ages; a++) {
                    into[from + shift + a] += share[a] * atRisk[from + a] * transferFactor[from + a];
                }
            }
        }
    }

    private void addSpecialFlows(int year, int t) {
        if (in.specialFlows().isEmpty()) {
            return;
        }
        double[] special = components[Component.SPECIAL_FLOWS.ordinal()][t];
        int ages = shape.ages();
        for (SpecialFlow s : in.specialFlows()) {
            if (!s.activeIn(year)) {
                continue;
            }
            double[] shares = s.profile().shares();
            for (int sex = 0; sex < PopulationShape.SEXES; sex++) {
                int cell = shape.firstCell(s.area(), s.group(), sex);
                for (int a = 0; a < ages; a++) {
                    special[cell + a] += s.perYear() * shares[sex * ages + a];
                }
            }
        }
    }

    private void closeYear(int year, int t) {
        double[] pop = population[t];
        double[] deaths = components[Component.DEATHS.ordinal()][t];
        double[] internalIn = components[Component.INTERNAL_IN.ordinal()][t];
        double[] internalOut = components[Component.INTERNAL_OUT.ordinal()][t];
        double[] abroadIn = components[Component.INTERNATIONAL_IN.ordinal()][t];
        double[] abroadOut = components[Component.INTERNATIONAL_OUT.ordinal()][t];
        double[] tIn = orZeros(Component.TRANSITIONS_IN, t);
        double[] tOut = orZeros(Component.TRANSITIONS_OUT, t);
        double[] special = orZeros(Component.SPECIAL_FLOWS, t);
        for (int i = 0; i < cells; i++) {
            double held = atRisk[i] - deaths[i] - tOut[i] + tIn[i] + internalIn[i] + abroadIn[i] + special[i];
            double leaving = internalOut[i] + abroadOut[i];
            if (leaving > held) {
                double internal = internalOut[i];
                double abroad = abroadOut[i];
                double cappedInternal = Math.min(held, internal * (held / (internal + abroad)));
                double cappedAbroad = held - cappedInternal;
                if (internal > 0) {
                    caps.add(FlowCap.at(shape, year, i, Component.INTERNAL_OUT, internal, cappedInternal));
                }
                if (abroad > 0) {
                    caps.add(FlowCap.at(shape, year, i, Component.INTERNATIONAL_OUT, abroad, cappedAbroad));
                }
                internalOut[i] = cappedInternal;
                abroadOut[i] = cappedAbroad;
                pop[i] = held - internalOut[i] - abroadOut[i];
            } else {
                pop[i] = held - leaving;
            }
        }
    }

    private double[] orZeros(Component c, int t) {
        double[][] values = components[c.ordinal()];
        return values == null ? new double[cells] : values[t];
    }

    private int[] runs(int group) {
        int[] first = new int[shape.areas() * PopulationShape.SEXES];
        for (int area = 0; area < shape.areas(); area++) {
            for (int sex = 0; sex < PopulationShape.SEXES; sex++) {
                first[area * PopulationShape.SEXES + sex] = shape.firstCell(area, group, sex);
            }
        }
        return first;
    }
}
