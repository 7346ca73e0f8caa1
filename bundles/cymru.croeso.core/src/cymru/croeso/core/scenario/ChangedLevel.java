package cymru.croeso.core.scenario;

import java.util.List;

import cymru.croeso.model.Assumption;

/** Applies an assumption's changes to its stated numbers for one year, by what the numbers are. */
public final class ChangedLevel {

    /** What an assumption's numbers are, which decides what each kind of change does to them. */
    public enum Level {
        /** People a year (counts, a total, an intake): the level is their sum; added people spread like them. */
        PEOPLE,
        /** Births per woman by age: the level is their sum, the TFR. */
        FERTILITY,
        /** Probabilities of dying: only multipliers make sense, kept at most 1. */
        MORTALITY,
        /** Shares or rates in 0 … 1 (transitions, migration rates): the level is every element. */
        SHARES
    }

    private ChangedLevel() {
    }

    /** A new array: {@code stated} with every change that applies in {@code year} applied in order. */
    public static double[] inYear(Level level, double[] stated, List<AssumptionChange> changes, int year, Assumption target) {
        double[] v = stated.clone();
        for (AssumptionChange c : changes) {
            if (c.appliesIn(year)) {
                apply(level, v, c, target);
            }
        }
        return v;
    }

    private static void apply(Level level, double[] v, AssumptionChange c, Assumption target) {
        switch (c.kind()) {
            case MULTIPLY -> {
                requireNonNegative(c, target);
                for (int i = 0; i < v.length; i++) {
                    v[i] = clamp(level, v[i] * c.value());
                }
            }
            case SET_LEVEL -> {
                requireNonNegative(c, target);
                if (level == Level.MORTALITY) {
                    throw refused(c, target, "an absolute value", "use a multiplier on the rates");
                } else if (level == Level.SHARES) {
                    java.util.Arrays.fill(v, Math.min(1, c.value()));
                } else {
                    scaleTo(v, c.value(), c, target);
                }
            }
            case ADD_PEOPLE -> {
                if (level != Level.PEOPLE) {
                    throw refused(c, target, "an added flow", "add people to a migration flow or a special flow instead");
                }
                scaleTo(v, sum(v) + c.value(), c, target);
            }
            case ADD_POINTS -> {
                if (level != Level.SHARES) {
                    throw refused(c, target, "added rate points", "use a multiplier instead");
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] = Math.max(0, Math.min(1, v[i] + c.value()));
                }
            }
        }
    }

    /** Scales the numbers so they sum to {@code level}; a single number is simply set. */
    private static void scaleTo(double[] v, double level, AssumptionChange c, Assumption target) {
        if (level < 0) {
            throw new ScenarioProblem(c.origin() + ": the change takes " + AssumptionLabel.of(target)
                    + " below zero (" + level + "); use a smaller reduction");
        }
        if (v.length == 1) {
            v[0] = level;
            return;
        }
        double sum = sum(v);
        if (sum == 0) {
            if (level == 0) {
                return;
            }
            throw new ScenarioProblem(c.origin() + ": " + AssumptionLabel.of(target)
                    + " is zero at every age, so there is no pattern to spread " + level
                    + " over; give it a schedule (a total with a schedule) instead of counts");
        }
        for (int i = 0; i < v.length; i++) {
            v[i] *= level / sum;
        }
    }

    private static double clamp(Level level, double value) {
        return level == Level.MORTALITY || level == Level.SHARES ? Math.min(1, value) : value;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static void requireNonNegative(AssumptionChange c, Assumption target) {
        if (c.value() < 0) {
            throw new ScenarioProblem(c.origin() + ": the change of " + AssumptionLabel.of(target) + " is "
                    + c.value() + "; multipliers and levels must be zero or more");
        }
    }

    private static ScenarioProblem refused(AssumptionChange c, Assumption target, String what, String fix) {
        return new ScenarioProblem(c.origin() + ": " + what + " (from " + c.fromYear() + ") cannot change "
                + AssumptionLabel.of(target) + "; " + fix);
    }
}
