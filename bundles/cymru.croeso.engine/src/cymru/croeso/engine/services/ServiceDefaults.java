package cymru.croeso.engine.services;

import java.util.Arrays;

/**
 * The defaults of the service calculators, each with its source; the model's defaults mirror these values.
 * Values marked "local figure needed" have no published source in Croeso's seed material: they are neutral or
 * illustrative starting points that a planner must replace, and the board pack should say so.
 */
public final class ServiceDefaults {

    /**
     * Share of non-UK-born adults who cannot speak English or Welsh well: 0.27. Proxy from the seeds: "In the
     * Census of 2011, about 27% of non-UK born people in Wales lived in a household where no one reported English
     * or Welsh as their main language" (Spencer and Sanders, <i>Developing a Strategic Approach to Integration in
     * Wales</i>, COMPAS / Welsh Refugee Council, June 2016). A household-language measure, not a proficiency one.
     */
    public static final double NON_UK_BORN_LIMITED_ENGLISH_SHARE = 0.27;

    /** Share of UK-born adults who cannot speak English or Welsh well: 0 (the seeds give no figure; assumed negligible). */
    public static final double UK_BORN_LIMITED_ENGLISH_SHARE = 0;

    /**
     * Share of pupils of a non-UK-born group who need English/Welsh-as-an-additional-language support: 0.27, the
     * same 2011 Census household-language proxy as {@link #NON_UK_BORN_LIMITED_ENGLISH_SHARE} (Spencer and Sanders
     * 2016). UK-born pupils: 0, which misses UK-born children of migrant parents; enter a local share where known.
     */
    public static final double NON_UK_BORN_EAL_SHARE = 0.27;

    /** Share of households renting, migrants: 0.519 ("51.9% of migrants in Wales are in rented accommodation",
     * <i>Migration in Wales: Developing Local Strategic Frameworks on Integration</i>, conference report, Welsh
     * Government / COMPAS, 2016, citing the Migration Observatory's Wales Census profile). */
    public static final double NON_UK_BORN_RENTING_SHARE = 0.519;

    /** Share of households renting, UK-born: 0.296 (same source: "compared to 29.6% of the UK-born population"). */
    public static final double UK_BORN_RENTING_SHARE = 0.296;

    /** Surplus places above which a phase is flagged: 10 %, the level Welsh guidance treats as too high (issue 6). */
    public static final double SURPLUS_FLAG_PERCENT = 10;

    /** Participation rate in maintained schools by age: 1 (every child; the seeds note free part-time early
     * education from age 3 and compulsory school age 5–16). An upper bound: derive rates from base-year rolls. */
    public static final double PARTICIPATION_RATE = 1;

    /** Share of Year 6 pupils who transfer to the area's maintained secondary schools: 1. Local figure needed. */
    public static final double PRIMARY_TO_SECONDARY_TRANSFER = 1;

    /** Annual ESOL uptake: share of adults who cannot speak English/Welsh well who apply for a place in a year: 0.10.
     * Local figure needed (no published Welsh uptake rate in the seeds). */
    public static final double ESOL_UPTAKE_RATE = 0.10;

    /** Share of the ESOL waiting list that gives up (or moves away) each year before it is carried over: 0.25.
     * Local figure needed. */
    public static final double ESOL_WAITING_LIST_DROP_OUT = 0.25;

    /** Guided learning hours per ESOL learner per year: 120 (an illustrative part-time course). Local figure needed. */
    public static final double ESOL_GUIDED_HOURS_PER_LEARNER = 120;

    /** Cost per guided learning hour per learner, £: 10 (illustrative). Local figure needed. */
    public static final double ESOL_COST_PER_GUIDED_HOUR = 10;

    /** Share of dwellings vacant: 0.03 (a frictional vacancy allowance). Local figure needed. */
    public static final double VACANCY_RATE = 0.03;

    /** Share of dwellings that are second homes: 0.01. Local figure needed (much higher in parts of Gwynedd). */
    public static final double SECOND_HOMES_RATE = 0.01;

    /** Crowding index (persons per usable dwelling ÷ the base year's) above which an area is flagged: 1.05, a 5 %
     * rise. Croeso's own indicator (the census occupancy rating needs rooms, which a projection lacks); local figure
     * needed. */
    public static final double CROWDING_INDEX_THRESHOLD = 1.05;

    /** Share of the population living in communal establishments: 0 (no figure in the seeds; the 2011 Census
     * communal-establishment tables give local rates by age and sex). Local figure needed. */
    public static final double INSTITUTIONAL_RATE = 0;

    /** Household-representative rate for ages 16+ before calibration: 0.5; under 16: 0. Only a shape: the level is
     * set per area by {@link HeadshipCalibration} to the Welsh Government 2014-based household projections. */
    public static final double HEADSHIP_RATE_ADULT = 0.5;

    /** GP registration rate: 1 for every group. The seeds' Migrant Integration Framework (Welsh Government, 2023,
     * health indicator 2) records that no data on GP registration exists for migrants in Wales. Local figure needed. */
    public static final double GP_REGISTRATION_RATE = 1;

    private ServiceDefaults() {
    }

    /** One value per group: {@code ukBorn} for the groups flagged UK-born, {@code nonUkBorn} for the others. */
    public static double[] byBirthplace(boolean[] ukBornGroups, double ukBorn, double nonUkBorn) {
        double[] v = new double[ukBornGroups.length];
        for (int g = 0; g < v.length; g++) {
            v[g] = ukBornGroups[g] ? ukBorn : nonUkBorn;
        }
        return v;
    }

    /** The convention of the default groups: group 0 is UK-born, every other group is not. */
    public static boolean[] groupZeroUkBorn(int groups) {
        boolean[] ukBorn = new boolean[groups];
        ukBorn[0] = true;
        return ukBorn;
    }

    static double[] filled(int n, double value) {
        double[] v = new double[n];
        Arrays.fill(v, value);
        return v;
    }
}
