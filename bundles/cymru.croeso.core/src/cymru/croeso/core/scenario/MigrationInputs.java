package cymru.croeso.core.scenario;

import java.util.List;
import java.util.Map;

import cymru.croeso.core.scenario.ChangedLevel.Level;
import cymru.croeso.engine.AgeSexSchedule;
import cymru.croeso.engine.MigrationAssumption;
import cymru.croeso.engine.MigrationRule;
import cymru.croeso.model.Assumption;
import cymru.croeso.model.MigrationCounts;
import cymru.croeso.model.MigrationFlow;
import cymru.croeso.model.MigrationKind;
import cymru.croeso.model.MigrationRate;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.MigrationTotal;

/**
 * Converts the model's migration flows into the engine's rule per flow and group. Counts and scheduled totals
 * become engine counts [area][sex][age] for every year; rates stay rates of the area's own population. One flow
 * and group must be stated all as rates or all as numbers across the areas, since the engine takes one rule.
 */
final class MigrationInputs {
    private final ModelFrame frame;
    private final Map<MigrationSchedule, AgeSexSchedule> profiles;

    MigrationInputs(ModelFrame frame, Map<MigrationSchedule, AgeSexSchedule> profiles) {
        this.frame = frame;
        this.profiles = profiles;
    }

    MigrationAssumption migration(List<MigrationFlow> flows) {
        MigrationAssumption result = MigrationAssumption.none(frame.groups.size());
        for (MigrationKind kind : MigrationKind.values()) {
            List<MigrationFlow> ofKind = flows.stream().filter(f -> f.getKind() == kind).toList();
            for (int g = 0; g < frame.groups.size(); g++) {
                MigrationFlow[] byArea = new MigrationFlow[frame.areas.size()];
                boolean any = false;
                boolean rates = false;
                boolean numbers = false;
                for (int area = 0; area < byArea.length; area++) {
                    byArea[area] = frame.mostSpecific(ofKind, area, g);
                    any |= byArea[area] != null;
                    rates |= byArea[area] instanceof MigrationRate;
                    numbers |= byArea[area] != null && !(byArea[area] instanceof MigrationRate);
                }
                if (!any) {
                    continue;
                }
                if (rates && numbers) {
                    throw new ScenarioProblem(kind.getLiteral() + " of group \"" + frame.groups.get(g).getId()
                            + "\" is a rate in some areas and a number of people in others; state it the same way in every area");
                }
                MigrationRule rule = rates
                        ? MigrationRule.Rate.ofOwnPopulation(frame.everyYear(y -> rates(byArea, y)))
                        : new MigrationRule.Counts(frame.everyYear(y -> counts(byArea, y)));
                result = result.with(engineFlow(kind), g, rule);
            }
        }
        return result;
    }

    /** Rates laid out [area][sex][age]; an area with no flow has rate 0. */
    private double[] rates(MigrationFlow[] byArea, int year) {
        int run = 2 * frame.ages;
        double[] out = new double[byArea.length * run];
        for (int area = 0; area < byArea.length; area++) {
            if (byArea[area] instanceof MigrationRate r) {
                double[] stated = SexOrder.toEngine(r.getRates(), frame.ages, AssumptionLabel.of(r) + " rates");
                System.arraycopy(ChangedLevel.inYear(Level.SHARES, stated, frame.scenario.changesOf(r), year, r), 0,
                        out, area * run, run);
            }
        }
        return out;
    }

    /** People laid out [area][sex][age]. */
    private double[] counts(MigrationFlow[] byArea, int year) {
        int run = 2 * frame.ages;
        double[] out = new double[byArea.length * run];
        for (int area = 0; area < byArea.length; area++) {
            MigrationFlow f = byArea[area];
            if (f instanceof MigrationCounts c) {
                double[] stated = SexOrder.toEngine(c.getCounts(), frame.ages, AssumptionLabel.of(c) + " counts");
                System.arraycopy(ChangedLevel.inYear(Level.PEOPLE, stated, frame.scenario.changesOf(c), year, c), 0,
                        out, area * run, run);
            } else if (f instanceof MigrationTotal t) {
                double total = ChangedLevel.inYear(Level.PEOPLE, new double[] {t.getTotal()},
                        frame.scenario.changesOf(t), year, t)[0];
                AgeSexSchedule schedule = schedule(t.getSchedule(), t, frame, profiles);
                for (int sex = 0; sex < 2; sex++) {
                    for (int a = 0; a < frame.ages; a++) {
                        out[area * run + sex * frame.ages + a] = total
                                * schedule.share(cymru.croeso.engine.Sex.values()[sex], a);
                    }
                }
            }
        }
        return out;
    }

    /** A model schedule (male first) as an engine schedule (female first), converted once. */
    static AgeSexSchedule schedule(MigrationSchedule schedule, Assumption owner, ModelFrame frame,
            Map<MigrationSchedule, AgeSexSchedule> cache) {
        if (schedule == null) {
            throw new ScenarioProblem(AssumptionLabel.of(owner)
                    + " has no age and sex schedule; choose the schedule that spreads its people over age and sex");
        }
        return cache.computeIfAbsent(schedule, s -> {
            double[] weights = SexOrder.toEngine(s.getShares(), frame.ages, "schedule \"" + s.getId() + "\"");
            try {
                return AgeSexSchedule.ofWeights(weights);
            } catch (IllegalArgumentException e) {
                throw new ScenarioProblem("schedule \"" + s.getId() + "\": " + e.getMessage());
            }
        });
    }

    private static cymru.croeso.engine.MigrationFlow engineFlow(MigrationKind kind) {
        return switch (kind) {
            case INTERNAL_IN -> cymru.croeso.engine.MigrationFlow.INTERNAL_IN;
            case INTERNAL_OUT -> cymru.croeso.engine.MigrationFlow.INTERNAL_OUT;
            case INTERNATIONAL_IN -> cymru.croeso.engine.MigrationFlow.INTERNATIONAL_IN;
            case INTERNATIONAL_OUT -> cymru.croeso.engine.MigrationFlow.INTERNATIONAL_OUT;
        };
    }
}
