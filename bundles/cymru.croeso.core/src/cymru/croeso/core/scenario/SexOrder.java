package cymru.croeso.core.scenario;

import cymru.croeso.engine.Sex;
import cymru.croeso.model.values.PopulationCube;

/**
 * Converts sex-indexed arrays between the model's order (male, female: {@link PopulationCube#MALE} = 0) and the
 * engine's (female, male: {@link Sex#FEMALE} = 0), the one place where the two orders meet.
 */
final class SexOrder {

    private SexOrder() {
    }

    /** The model's sex index of an engine sex index. */
    static int modelSex(int engineSex) {
        return engineSex == Sex.FEMALE.ordinal() ? PopulationCube.FEMALE : PopulationCube.MALE;
    }

    /**
     * An engine array [sex][age] (female first) from a model array [sex][age] (male first).
     *
     * @param what names the array in the message if its length is wrong
     */
    static double[] toEngine(double[] model, int ages, String what) {
        if (model == null || model.length != 2 * ages) {
            throw new ScenarioProblem(what + " holds " + (model == null ? 0 : model.length) + " numbers; it needs "
                    + 2 * ages + " (male ages 0 \u2026 " + (ages - 1) + ", then female)");
        }
        double[] engine = new double[2 * ages];
        for (int sex = 0; sex < 2; sex++) {
            System.arraycopy(model, modelSex(sex) * ages, engine, sex * ages, ages);
        }
        return engine;
    }
}
