package cymru.croeso.core.scenario;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import cymru.croeso.core.scenario.ChangedLevel.Level;
import cymru.croeso.engine.AgeSexSchedule;
import cymru.croeso.engine.FertilityAssumption;
import cymru.croeso.engine.GroupTransition;
import cymru.croeso.engine.MortalityAssumption;
import cymru.croeso.engine.PopulationGrid;
import cymru.croeso.engine.ProjectionInputs;
import cymru.croeso.engine.SpecialFlow;
import cymru.croeso.engine.history.StandardFertilitySchedule;
import cymru.croeso.model.AgeSpecificFertility;
import cymru.croeso.model.AgeSpecificMortality;
import cymru.croeso.model.Assumptions;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.LifeExpectancyMortality;
import cymru.croeso.model.MigrationSchedule;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.TotalFertility;
import cymru.croeso.model.values.PopulationCube;

/**
 * Turns a project and a resolved scenario into the engine's {@link ProjectionInputs}: the base population from
 * the model's compact array, and fertility, mortality, migration, transitions and special flows for every
 * projected year with the scenario's changes applied.
 *
 * <p>Rules of the conversion: the most specific assumption applies to each area and group (see
 * {@link ModelFrame#mostSpecific}); an area and group with no fertility assumption has no births; one with no
 * mortality assumption is refused. Babies join the first group marked UK-born (group 0 if none is).
 * A transition moves its yearly share of the group each year; the engine keeps no time spent in a group, so a
 * waiting time before people can move is expressed through that share.
 */
public final class ProjectionInputsBuilder {
    private final ModelFrame frame;
    private final Assumptions assumptions;
    private final Map<MigrationSchedule, AgeSexSchedule> profiles = new IdentityHashMap<>();
    private final Map<cymru.croeso.model.MortalityAssumption, double[]> statedMortality = new IdentityHashMap<>();

    private ProjectionInputsBuilder(ResolvedScenario scenario) {
        frame = new ModelFrame(scenario);
        assumptions = scenario.project().getAssumptions();
        if (assumptions == null) {
            throw new ScenarioProblem("project \"" + scenario.project().getName()
                    + "\" has no assumptions; add fertility and mortality at least");
        }
    }

    /** The engine inputs of a resolved scenario. */
    public static ProjectionInputs build(ResolvedScenario scenario) {
        return new ProjectionInputsBuilder(scenario).inputs();
    }

    private ProjectionInputs inputs() {
        BasePopulation base = frame.scenario.project().getBasePopulation();
        if (base.getBaseYear() != frame.scenario.baseYear()) {
            throw new ScenarioProblem("scenario \"" + frame.scenario.scenario().getId() + "\" starts in "
                    + frame.scenario.baseYear() + " but the base population is for " + base.getBaseYear()
                    + "; set the scenario's base year to " + base.getBaseYear());
        }
        return new ProjectionInputs(basePopulation(base), frame.scenario.baseYear(), frame.scenario.endYear(),
                new FertilityAssumption(frame.everyYear(this::fertilityIn), FertilityAssumption.DEFAULT_MALE_SHARE,
                        birthGroup()),
                new MortalityAssumption(frame.everyYear(this::mortalityIn)),
                new MigrationInputs(frame, profiles).migration(assumptions.getMigration()),
                transitions(), specialFlows());
    }

    private PopulationGrid basePopulation(BasePopulation base) {
        PopulationCube cube = PopulationCube.of(base);
        double[] values = base.getValues();
        if (values == null || values.length != cube.size()) {
            throw new ScenarioProblem("the base population holds " + (values == null ? 0 : values.length)
                    + " numbers; " + cube + " needs " + cube.size() + "; re-import it");
        }
        double[] counts = new double[frame.shape.cells()];
        for (int area = 0; area < cube.areas(); area++) {
            for (int group = 0; group < cube.groups(); group++) {
                for (int sex = 0; sex < 2; sex++) {
                    System.arraycopy(values, cube.index(area, group, SexOrder.modelSex(sex), 0), counts,
                            frame.shape.firstCell(area, group, sex), frame.ages);
                }
            }
        }
        return new PopulationGrid(frame.shape, counts);
    }

    private int birthGroup() {
        for (int g = 0; g < frame.groups.size(); g++) {
            if (frame.groups.get(g).isUkBorn()) {
                return g;
            }
        }
        return 0;
    }

    /** Rates laid out [area][group][age]. */
    private double[] fertilityIn(int year) {
        double[] rates = new double[frame.areas.size() * frame.groups.size() * frame.ages];
        for (int area = 0; area < frame.areas.size(); area++) {
            for (int group = 0; group < frame.groups.size(); group++) {
                cymru.croeso.model.FertilityAssumption f = frame.mostSpecific(assumptions.getFertility(), area, group);
                if (f != null) {
                    double[] byAge = ChangedLevel.inYear(Level.FERTILITY, statedFertility(f), frame.scenario.changesOf(f),
                            year, f);
                    System.arraycopy(byAge, 0, rates, (area * frame.groups.size() + group) * frame.ages, frame.ages);
                }
            }
        }
        return rates;
    }

    private double[] statedFertility(cymru.croeso.model.FertilityAssumption f) {
        double[] fromFirstAge;
        double scale = 1;
        if (f instanceof AgeSpecificFertility asf) {
            fromFirstAge = asf.getRates();
        } else if (f instanceof TotalFertility tf) {
            if (tf.getSchedule() == null || tf.getSchedule().length == 0) {
                // no schedule stated: spread the TFR over the engine's standard shape (Hadwiger, mean age 30)
                double[] byAge = StandardFertilitySchedule.shape(frame.ages - 1);
                for (int age = 0; age < byAge.length; age++) {
                    byAge[age] *= tf.getTfr();
                }
                return byAge;
            }
            fromFirstAge = tf.getSchedule();
            scale = tf.getTfr();
        } else {
            throw new ScenarioProblem(AssumptionLabel.of(f) + " is a kind of fertility the projection does not know");
        }
        double[] byAge = new double[frame.ages];
        int n = fromFirstAge == null ? 0 : fromFirstAge.length;
        if (f.getFirstAge() < 0 || f.getFirstAge() + n > frame.ages) {
            throw new ScenarioProblem(AssumptionLabel.of(f) + " gives " + n + " rates from age " + f.getFirstAge()
                    + ", beyond the top age " + (frame.ages - 1) + "; shorten them or lower the first age");
        }
        for (int i = 0; i < n; i++) {
            byAge[f.getFirstAge() + i] = scale * fromFirstAge[i];
        }
        return byAge;
    }

    /** Rates in engine cell order. */
    private double[] mortalityIn(int year) {
        double[] rates = new double[frame.shape.cells()];
        for (int area = 0; area < frame.areas.size(); area++) {
            for (int group = 0; group < frame.groups.size(); group++) {
                cymru.croeso.model.MortalityAssumption m = frame.mostSpecific(assumptions.getMortality(), area, group);
                if (m == null) {
                    throw new ScenarioProblem("no mortality assumption applies to group \"" + frame.groups.get(group).getId()
                            + "\" in area \"" + frame.areas.get(area).getCode()
                            + "\"; add one for every area and group (leave both empty)");
                }
                double[] bySexAge = ChangedLevel.inYear(Level.MORTALITY, statedMortality(m),
                        frame.scenario.changesOf(m), year, m);
                System.arraycopy(bySexAge, 0, rates, frame.shape.firstCell(area, group, 0), 2 * frame.ages);
            }
        }
        return rates;
    }

    private double[] statedMortality(cymru.croeso.model.MortalityAssumption m) {
        return statedMortality.computeIfAbsent(m, k -> switch (k) {
            case AgeSpecificMortality asm -> SexOrder.toEngine(asm.getRates(), frame.ages, AssumptionLabel.of(k) + " rates");
            case LifeExpectancyMortality le -> LifeExpectancyFit.rates(le, frame.ages);
            default -> throw new ScenarioProblem(AssumptionLabel.of(k) + " is a kind of mortality the projection does not know");
        });
    }

    private List<GroupTransition> transitions() {
        List<GroupTransition> out = new ArrayList<>();
        for (cymru.croeso.model.GroupTransition t : assumptions.getTransitions()) {
            if (t.getArea() != null) {
                throw new ScenarioProblem(AssumptionLabel.of(t)
                        + " is limited to one area, but transitions apply in every area; leave its area empty");
            }
            int from = frame.groupIndex(t.getFrom(), t);
            int to = frame.groupIndex(t.getTo(), t);
            double[] stated = new double[frame.ages];
            if (t.getSharesByAge() != null && t.getSharesByAge().length > 0) {
                if (t.getSharesByAge().length != frame.ages) {
                    throw new ScenarioProblem(AssumptionLabel.of(t) + " gives " + t.getSharesByAge().length
                            + " shares by age; it needs " + frame.ages + " (ages 0 \u2026 " + (frame.ages - 1) + ")");
                }
                stated = t.getSharesByAge().clone();
            } else {
                java.util.Arrays.fill(stated, t.getShare());
            }
            double[] shares = stated;
            out.add(new GroupTransition(from, to, frame.everyYear(
                    y -> ChangedLevel.inYear(Level.SHARES, shares, frame.scenario.changesOf(t), y, t))));
        }
        return out;
    }

    /** One engine flow per area and year, since a scenario may change the intake from any year. */
    private List<SpecialFlow> specialFlows() {
        List<SpecialFlow> out = new ArrayList<>();
        for (cymru.croeso.model.SpecialFlow s : assumptions.getSpecialFlows()) {
            PopulationGroup group = s.getGroup();
            if (group == null) {
                throw new ScenarioProblem(AssumptionLabel.of(s) + " names no group; choose the group the people join");
            }
            int g = frame.groupIndex(group, s);
            AgeSexSchedule profile = profile(s.getProfile(), s);
            for (int area = 0; area < frame.areas.size(); area++) {
                if (s.getArea() != null && frame.areaIndex(s.getArea(), s) != area) {
                    continue;
                }
                for (int y = Math.max(s.getFromYear(), frame.firstYear()); y <= Math.min(s.getToYear(), frame.lastYear()); y++) {
                    double perYear = ChangedLevel.inYear(Level.PEOPLE, new double[] {s.getPerYear()},
                            frame.scenario.changesOf(s), y, s)[0];
                    if (perYear > 0) {
                        out.add(new SpecialFlow(area, g, y, y, perYear, profile));
                    }
                }
            }
        }
        return out;
    }

    private AgeSexSchedule profile(MigrationSchedule schedule, cymru.croeso.model.Assumption owner) {
        return MigrationInputs.schedule(schedule, owner, frame, profiles);
    }
}
