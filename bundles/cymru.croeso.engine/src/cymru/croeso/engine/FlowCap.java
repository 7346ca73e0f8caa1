package cymru.croeso.engine;

/**
 * A flow the engine reduced because it would have made a cell negative; every cap is reported so a planner can
 * see where an assumption asks for more people than there are.
 *
 * @param year      the projected year
 * @param area      area index
 * @param group     group index
 * @param sex       sex
 * @param age       age at the end of the year
 * @param component the flow that was reduced
 * @param requested what the assumption asked for
 * @param applied   what was applied
 */
public record FlowCap(int year, int area, int group, Sex sex, int age, Component component, double requested,
        double applied) {

    static FlowCap at(PopulationShape shape, int year, int cell, Component component, double requested, double applied) {
        int ages = shape.ages();
        int age = cell % ages;
        int run = cell / ages;
        int sex = run % PopulationShape.SEXES;
        int areaGroup = run / PopulationShape.SEXES;
        return new FlowCap(year, areaGroup / shape.groups(), areaGroup % shape.groups(), Sex.values()[sex], age,
                component, requested, applied);
    }
}
