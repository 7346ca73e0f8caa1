package cymru.croeso.core.editing;

import java.util.List;
import java.util.Locale;

import cymru.croeso.core.scenario.AssumptionChange;
import cymru.croeso.core.scenario.ChangedLevel;
import cymru.croeso.core.scenario.ChangedLevel.Level;
import cymru.croeso.model.AgeSpecificFertility;
import cymru.croeso.model.AgeSpecificMortality;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.FertilityAssumption;
import cymru.croeso.model.GroupTransition;
import cymru.croeso.model.LifeExpectancyMortality;
import cymru.croeso.model.MigrationCounts;
import cymru.croeso.model.MigrationRate;
import cymru.croeso.model.MigrationTotal;
import cymru.croeso.model.MortalityAssumption;
import cymru.croeso.model.SpecialFlow;
import cymru.croeso.model.TotalFertility;

/**
 * An assumption's headline number in one year once a scenario's changes apply, worked out by the projection's own
 * rules ({@link ChangedLevel}): people a year for flows and intakes, the TFR for fertility, a single share as
 * itself, and rates by age as a factor of the rates stated (a multiplier of 1.1 on mortality shows as × 1.1, less
 * where rates near 1 are capped).
 *
 * @param value   the number
 * @param unit    what it counts
 * @param problem why there is no number (a change the assumption cannot take), else null
 */
public record AssumptionLevel(double value, Unit unit, String problem) {

    /** What a headline number counts. */
    public enum Unit {
        PEOPLE_A_YEAR, TFR, SHARE, FACTOR
    }

    /** The level of {@code assumption} in {@code year} with {@code changes} (oldest first) applied. */
    public static AssumptionLevel of(Assumption assumption, List<AssumptionChange> changes, int year) {
        Level level = levelOf(assumption);
        double[] stated = stated(assumption);
        double[] changed;
        try {
            changed = ChangedLevel.inYear(level, stated, changes, year, assumption);
        } catch (RuntimeException e) {
            return new AssumptionLevel(Double.NaN, Unit.FACTOR, e.getMessage());
        }
        return switch (level) {
            case PEOPLE -> new AssumptionLevel(sum(changed), Unit.PEOPLE_A_YEAR, null);
            case FERTILITY -> new AssumptionLevel(sum(changed), Unit.TFR, null);
            case MORTALITY, SHARES -> stated.length == 1 ? new AssumptionLevel(changed[0], Unit.SHARE, null)
                    : new AssumptionLevel(sum(stated) == 0 ? 1 : sum(changed) / sum(stated), Unit.FACTOR, null);
        };
    }

    /** "19,000 a year", "TFR 1.8", "share 0.25", "× 1.1 of the rates stated", or why there is none. */
    public String text(Locale locale) {
        EditingMessages words = EditingMessages.in(locale);
        if (problem != null) {
            return words.get("level.impossible");
        }
        return switch (unit) {
            case PEOPLE_A_YEAR -> words.format("level.people", NumberText.grouped(value, locale));
            case TFR -> words.format("level.tfr", NumberText.grouped(value, locale));
            case SHARE -> words.format("level.share", NumberText.shown(value));
            case FACTOR -> words.format("level.factor", NumberText.grouped(value, locale));
        };
    }

    /** How the projection treats the assumption's numbers, as ProjectionInputsBuilder and MigrationInputs do. */
    static Level levelOf(Assumption assumption) {
        return switch (assumption) {
            case FertilityAssumption f -> Level.FERTILITY;
            case MortalityAssumption m -> Level.MORTALITY;
            case MigrationRate r -> Level.SHARES;
            case GroupTransition t -> Level.SHARES;
            default -> Level.PEOPLE;
        };
    }

    private static double[] stated(Assumption assumption) {
        double[] numbers = switch (assumption) {
            case TotalFertility f -> new double[] { f.getTfr() };
            case AgeSpecificFertility f -> f.getRates();
            case AgeSpecificMortality m -> m.getRates();
            case LifeExpectancyMortality m -> m.getStandardRates();
            case MigrationCounts c -> c.getCounts();
            case MigrationTotal t -> new double[] { t.getTotal() };
            case MigrationRate r -> r.getRates();
            case GroupTransition t -> t.getSharesByAge() != null && t.getSharesByAge().length > 0 ? t.getSharesByAge()
                    : new double[] { t.getShare() };
            case SpecialFlow s -> new double[] { s.getPerYear() };
            default -> new double[0];
        };
        return numbers == null ? new double[0] : numbers;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
