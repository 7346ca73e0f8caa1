package cymru.croeso.engine.services;

import java.util.ArrayList;
import java.util.List;

/**
 * What the ESOL calculation assumes: who needs English (or Welsh) classes, how many of them apply each year, who
 * provides places, what happens to those left waiting, and what a guided hour costs.
 *
 * @param limitedEnglishShare share of adults (16+) who cannot speak English or Welsh well, per group
 * @param uptakeRate          share of those who apply for a place in a year (new applications), per group
 * @param providers           the providers, each in one area
 * @param placeChanges        changes to a provider's places from a year, indexed by provider
 * @param uptakeChanges       rate points added to a group's uptake rate from a year, indexed by group (the sum is
 *                            kept within 0 … 1)
 * @param dropOutShare        share of the waiting list that gives up or leaves before the next year, 0 … 1
 * @param costPerGuidedHour   £ per guided learning hour per learner
 * @param waitingListAtStart  the waiting list per area before the base year (carried into it like any other year's)
 */
public record EsolAssumptions(double[] limitedEnglishShare, double[] uptakeRate, List<EsolProvider> providers,
        List<StepChange> placeChanges, List<StepChange> uptakeChanges, double dropOutShare, double costPerGuidedHour,
        double[] waitingListAtStart) {

    /** Adults, for ESOL: 16 and over (the end of compulsory schooling). */
    public static final int ADULT_AGE = 16;

    public EsolAssumptions {
        limitedEnglishShare = limitedEnglishShare.clone();
        uptakeRate = uptakeRate.clone();
        providers = List.copyOf(providers);
        placeChanges = List.copyOf(placeChanges);
        uptakeChanges = List.copyOf(uptakeChanges);
        waitingListAtStart = waitingListAtStart.clone();
        if (limitedEnglishShare.length != uptakeRate.length) {
            throw new IllegalArgumentException("ESOL: " + limitedEnglishShare.length + " limited-English shares but "
                    + uptakeRate.length + " uptake rates; give one of each per group");
        }
        if (!(dropOutShare >= 0 && dropOutShare <= 1)) {
            throw new IllegalArgumentException("ESOL: drop-out share " + dropOutShare + " is outside 0 … 1");
        }
    }

    /** Assumptions whose uptake rates stay as they are in every year. */
    public EsolAssumptions(double[] limitedEnglishShare, double[] uptakeRate, List<EsolProvider> providers,
            List<StepChange> placeChanges, double dropOutShare, double costPerGuidedHour, double[] waitingListAtStart) {
        this(limitedEnglishShare, uptakeRate, providers, placeChanges, List.of(), dropOutShare, costPerGuidedHour,
                waitingListAtStart);
    }

    /** The defaults of {@link ServiceDefaults} for {@code groups} groups (group 0 UK-born) and {@code areas} areas. */
    public static EsolAssumptions withDefaults(int groups, int areas, List<EsolProvider> providers) {
        boolean[] ukBorn = ServiceDefaults.groupZeroUkBorn(groups);
        return new EsolAssumptions(
                ServiceDefaults.byBirthplace(ukBorn, ServiceDefaults.UK_BORN_LIMITED_ENGLISH_SHARE,
                        ServiceDefaults.NON_UK_BORN_LIMITED_ENGLISH_SHARE),
                ServiceDefaults.filled(groups, ServiceDefaults.ESOL_UPTAKE_RATE), providers, List.of(),
                ServiceDefaults.ESOL_WAITING_LIST_DROP_OUT, ServiceDefaults.ESOL_COST_PER_GUIDED_HOUR, new double[areas]);
    }

    /** The same assumptions with {@code places} more places at a provider from {@code fromYear} (a strategy action). */
    public EsolAssumptions withExtraPlaces(int provider, int fromYear, double places) {
        List<StepChange> changes = new ArrayList<>(placeChanges);
        changes.add(new StepChange(provider, fromYear, places));
        return new EsolAssumptions(limitedEnglishShare, uptakeRate, providers, changes, uptakeChanges, dropOutShare,
                costPerGuidedHour, waitingListAtStart);
    }

    /**
     * The same assumptions with {@code points} (a fraction, negative to lower it) added to a group's uptake rate from
     * {@code fromYear} (a strategy action): new learners of that group change from that year.
     */
    public EsolAssumptions withUptakeChange(int group, int fromYear, double points) {
        List<StepChange> changes = new ArrayList<>(uptakeChanges);
        changes.add(new StepChange(group, fromYear, points));
        return new EsolAssumptions(limitedEnglishShare, uptakeRate, providers, placeChanges, changes, dropOutShare,
                costPerGuidedHour, waitingListAtStart);
    }

    // Accessors copy, so that the assumptions stay immutable; calculators read each array once.
    @Override
    public double[] limitedEnglishShare() {
        return limitedEnglishShare.clone();
    }

    @Override
    public double[] uptakeRate() {
        return uptakeRate.clone();
    }

    @Override
    public double[] waitingListAtStart() {
        return waitingListAtStart.clone();
    }
}
