package cymru.croeso.engine.services;

/**
 * A school planning area: a projection area, or a share of one (a sub-area such as a secondary catchment),
 * whose children are that share of the area's children at every age and in every group.
 *
 * @param code  the planning area's code as the authority uses it
 * @param area  index of the projection area it lies in
 * @param share share of the projection area's children living in it, 0 … 1
 */
public record PlanningArea(String code, int area, double share) {

    public PlanningArea {
        if (area < 0) {
            throw new IllegalArgumentException("planning area " + code + ": area index " + area + " is negative");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("planning area " + code + ": share " + share + " is outside 0 … 1");
        }
    }

    /** A planning area covering a whole projection area. */
    public static PlanningArea whole(String code, int area) {
        return new PlanningArea(code, area, 1);
    }
}
