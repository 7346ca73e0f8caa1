package cymru.croeso.engine.services;

import java.util.ArrayList;
import java.util.List;

/**
 * Pupils, EAL/WAL pupils and places by planning area, phase (and year group for pupils) and year, with the surplus
 * and its flags. Surplus = capacity − pupils (negative: a deficit); % surplus = surplus ÷ capacity × 100, reported
 * as 0 where a phase has no capacity (its deficit is still flagged when it has pupils).
 */
public final class SchoolPlacesDemand {
    private static final int YG = SchoolYearGroup.COUNT;
    private static final int PHASES = SchoolAssumptions.PHASES;

    private final List<PlanningArea> planningAreas;
    private final String[] areaCodes;
    private final int firstYear;
    private final int years;
    private final double[] pupils;
    private final double[] ealPupils;
    private final double[] phasePupils;
    private final double[] phaseEal;
    private final double[] capacity;
    private final double surplusFlagPercent;

    SchoolPlacesDemand(List<PlanningArea> planningAreas, String[] areaCodes, int firstYear, int years, double[] pupils,
            double[] ealPupils, double[] capacity, double surplusFlagPercent) {
        this.planningAreas = planningAreas;
        this.areaCodes = areaCodes;
        this.firstYear = firstYear;
        this.years = years;
        this.pupils = pupils;
        this.ealPupils = ealPupils;
        this.capacity = capacity;
        this.surplusFlagPercent = surplusFlagPercent;
        int n = planningAreas.size();
        phasePupils = new double[years * n * PHASES];
        phaseEal = new double[years * n * PHASES];
        for (int i = 0; i < years * n; i++) {
            for (int yg = 0; yg < YG; yg++) {
                int phase = SchoolYearGroup.of(yg).phase().ordinal();
                phasePupils[i * PHASES + phase] += pupils[i * YG + yg];
                phaseEal[i * PHASES + phase] += ealPupils[i * YG + yg];
            }
        }
    }

    public List<PlanningArea> planningAreas() {
        return planningAreas;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return firstYear + years - 1;
    }

    public double pupils(int year, int planningArea, SchoolYearGroup yearGroup) {
        return pupils[row(year, planningArea) * YG + yearGroup.ordinal()];
    }

    public double pupils(int year, int planningArea, SchoolPhase phase) {
        return phasePupils[row(year, planningArea) * PHASES + phase.ordinal()];
    }

    public double ealPupils(int year, int planningArea, SchoolYearGroup yearGroup) {
        return ealPupils[row(year, planningArea) * YG + yearGroup.ordinal()];
    }

    public double ealPupils(int year, int planningArea, SchoolPhase phase) {
        return phaseEal[row(year, planningArea) * PHASES + phase.ordinal()];
    }

    public double capacity(int year, int planningArea, SchoolPhase phase) {
        return capacity[row(year, planningArea) * PHASES + phase.ordinal()];
    }

    /** Places minus pupils: negative is a deficit. */
    public double surplus(int year, int planningArea, SchoolPhase phase) {
        return capacity(year, planningArea, phase) - pupils(year, planningArea, phase);
    }

    public double percentSurplus(int year, int planningArea, SchoolPhase phase) {
        double places = capacity(year, planningArea, phase);
        return places > 0 ? 100 * surplus(year, planningArea, phase) / places : 0;
    }

    public boolean isDeficit(int year, int planningArea, SchoolPhase phase) {
        return surplus(year, planningArea, phase) < 0;
    }

    public boolean isHighSurplus(int year, int planningArea, SchoolPhase phase) {
        return percentSurplus(year, planningArea, phase) > surplusFlagPercent;
    }

    /** Every flagged phase, by year, planning area and phase. */
    public List<CapacityFlag> flags() {
        List<CapacityFlag> flags = new ArrayList<>();
        for (int year = firstYear; year <= lastYear(); year++) {
            for (int p = 0; p < planningAreas.size(); p++) {
                for (SchoolPhase phase : SchoolPhase.values()) {
                    CapacityFlag.Kind kind = isDeficit(year, p, phase) ? CapacityFlag.Kind.DEFICIT
                            : isHighSurplus(year, p, phase) ? CapacityFlag.Kind.HIGH_SURPLUS : null;
                    if (kind != null) {
                        flags.add(new CapacityFlag(year, planningAreas.get(p).code(), phase, kind,
                                surplus(year, p, phase), percentSurplus(year, p, phase)));
                    }
                }
            }
        }
        return flags;
    }

    /** One row per planning area, phase and year, for the CLI's CSV. */
    public DemandTable table() {
        List<DemandTable.Row> rows = new ArrayList<>();
        for (int p = 0; p < planningAreas.size(); p++) {
            for (SchoolPhase phase : SchoolPhase.values()) {
                for (int year = firstYear; year <= lastYear(); year++) {
                    rows.add(new DemandTable.Row(List.of(areaCodes[p], planningAreas.get(p).code(), phase.code()), year,
                            new double[] {pupils(year, p, phase), capacity(year, p, phase), surplus(year, p, phase),
                                percentSurplus(year, p, phase), isDeficit(year, p, phase) ? 1 : 0,
                                isHighSurplus(year, p, phase) ? 1 : 0, ealPupils(year, p, phase)}));
                }
            }
        }
        return new DemandTable(List.of("area_code", "planning_area", "phase"),
                List.of("pupils", "capacity", "surplus", "percent_surplus", "deficit_flag", "high_surplus_flag", "eal_pupils"),
                rows);
    }

    private int row(int year, int planningArea) {
        if (year < firstYear || year > lastYear()) {
            throw new IllegalArgumentException("year " + year + " is outside " + firstYear + " … " + lastYear());
        }
        return (year - firstYear) * planningAreas.size() + planningArea;
    }
}
