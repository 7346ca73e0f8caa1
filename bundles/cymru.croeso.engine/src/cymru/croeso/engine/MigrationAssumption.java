package cymru.croeso.engine;

/** The rule for each of the four migration flows of each origin group; a flow with no rule is zero. */
public final class MigrationAssumption {
    private final MigrationRule[][] rules;

    private MigrationAssumption(MigrationRule[][] rules) {
        this.rules = rules;
    }

    /** No migration at all: a closed population. */
    public static MigrationAssumption none(int groups) {
        return new MigrationAssumption(new MigrationRule[MigrationFlow.values().length][groups]);
    }

    /** A copy with {@code rule} for one flow of one group. */
    public MigrationAssumption with(MigrationFlow flow, int group, MigrationRule rule) {
        MigrationRule[][] copy = new MigrationRule[rules.length][];
        for (int f = 0; f < rules.length; f++) {
            copy[f] = rules[f].clone();
        }
        copy[flow.ordinal()][group] = rule;
        return new MigrationAssumption(copy);
    }

    public int groups() {
        return rules[0].length;
    }

    /** The rule for a flow and group, or null when that flow is zero. */
    public MigrationRule rule(MigrationFlow flow, int group) {
        return rules[flow.ordinal()][group];
    }
}
