package cymru.croeso.core.services;

import java.util.List;

import cymru.croeso.engine.PopulationShape;
import cymru.croeso.model.Area;
import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.Project;

/** Finds the projection area a model area (or a sub-area within it) belongs to, and which groups are UK-born. */
final class ProjectionAreas {
    private final PopulationShape shape;

    ProjectionAreas(PopulationShape shape) {
        this.shape = shape;
    }

    /** The index of the projection area that is {@code area} or contains it, or -1 when it is not projected. */
    int indexOf(Area area) {
        for (Object o = area; o instanceof Area a; o = a.eContainer()) {
            int i = shape.areaCodes().indexOf(a.getCode());
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    int areas() {
        return shape.areas();
    }

    /** {@code n} copies of {@code value}. */
    static double[] filled(int n, double value) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, value);
        return v;
    }

    /** One value per group: {@code ukBorn} for the groups flagged UK-born, {@code nonUkBorn} for the others. */
    static double[] byBirthplace(boolean[] ukBornGroups, double ukBorn, double nonUkBorn) {
        double[] v = new double[ukBornGroups.length];
        for (int g = 0; g < v.length; g++) {
            v[g] = ukBornGroups[g] ? ukBorn : nonUkBorn;
        }
        return v;
    }

    /** Per group of the base population, whether it counts as UK-born for the service figures by birthplace. */
    static boolean[] ukBorn(Project project) {
        List<PopulationGroup> groups = project.getBasePopulation().getGroups();
        boolean[] flags = new boolean[groups.size()];
        for (int g = 0; g < flags.length; g++) {
            flags[g] = groups.get(g).isUkBorn();
        }
        return flags;
    }
}
