package cymru.croeso.ui.parts;

import cymru.croeso.model.Area;
import cymru.croeso.model.Project;

/** The area the parts show before the user has chosen one: Cardiff, the largest authority in the sample. */
public final class SelectedArea {
    static final String DEFAULT_CODE = "W06000015";

    private SelectedArea() {
    }

    /** Cardiff if the project has it, else its first area with a base population, else null. */
    public static Area initial(Project project) {
        if (project.getBasePopulation() == null || project.getBasePopulation().getAreas().isEmpty()) {
            return null;
        }
        return project.getBasePopulation().getAreas().stream().filter(a -> DEFAULT_CODE.equals(a.getCode())).findFirst()
                .orElse(project.getBasePopulation().getAreas().get(0));
    }
}
