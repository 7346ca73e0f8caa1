package cymru.croeso.engine;

/**
 * Which people a summary counts: those of an age band, in one area or {@link ProjectionSummary#ALL}, of one origin
 * group or {@link ProjectionSummary#ALL}, both sexes.
 *
 * @param area  area index, or {@link ProjectionSummary#ALL}
 * @param group group index, or {@link ProjectionSummary#ALL}
 * @param band  the ages counted
 */
public record PeopleCount(int area, int group, AgeBand band) {

    public PeopleCount {
        if (area < ProjectionSummary.ALL || group < ProjectionSummary.ALL) {
            throw new IllegalArgumentException("area " + area + " or group " + group + " is neither an index nor ALL");
        }
    }

    boolean counts(int area, int group) {
        return (this.area == ProjectionSummary.ALL || this.area == area) && (this.group == ProjectionSummary.ALL || this.group == group);
    }
}
