package cymru.croeso.core.analysis;

import cymru.croeso.engine.AgeBand;
import cymru.croeso.engine.ProjectionSummary;
import cymru.croeso.engine.uncertainty.OutputMeasure;

/** The outputs an area's fan chart can show: people of an age band, or the old-age dependency ratio. */
public enum FanOutput {
    TOTAL(AgeBand.ALL_AGES),
    /** 0–15, as the command line's {@code --measure children}. */
    CHILDREN(new AgeBand(0, 15)),
    WORKING_AGE(AgeBand.WORKING_AGE),
    OLD_AGE(AgeBand.OLD_AGE),
    /** People aged 65+ per person aged 16–64: a ratio, not a count. */
    DEPENDENCY_RATIO(null);

    private final AgeBand band;

    FanOutput(AgeBand band) {
        this.band = band;
    }

    /** Whether the output counts people (false: it is a ratio). */
    public boolean isCount() {
        return band != null;
    }

    /** The measure for one area of the projection, or every area with {@link ProjectionSummary#ALL}. */
    public OutputMeasure measure(int area) {
        return band == null ? OutputMeasure.oldAgeDependencyRatio(area)
                : OutputMeasure.people(area, ProjectionSummary.ALL, band);
    }
}
