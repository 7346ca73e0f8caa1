package cymru.croeso.core.project;

import java.io.IOException;
import java.nio.file.Path;

import cymru.croeso.model.Area;
import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.Project;
import cymru.croeso.model.defaults.DefaultPopulationGroups;
import cymru.croeso.model.files.ProjectFiles;
import cymru.croeso.model.files.ProjectFormat;
import cymru.croeso.model.values.PopulationCube;

/** Test support: a small project built in code, and the same project after the edits the tests make. */
final class TestProjects {

    static final CroesoFactory F = CroesoFactory.eINSTANCE;
    static final String EDITED_NAME = "Gwent and Cardiff";

    private TestProjects() {
    }

    /** Two areas, the six default groups and a population of 2 areas x 6 groups x 2 sexes x 3 ages. */
    static Project small() {
        Project project = F.createProject();
        project.setName("South East Wales");
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        project.getAreas().add(area("W06000015", "Cardiff", "Caerdydd"));
        project.getAreas().add(area("W06000022", "Newport", "Casnewydd"));
        project.getGroups().addAll(DefaultPopulationGroups.create());
        BasePopulation population = F.createBasePopulation();
        population.setBaseYear(2011);
        population.setTopAge(2);
        population.getAreas().addAll(project.getAreas());
        population.getGroups().addAll(project.getGroups());
        double[] values = new double[new PopulationCube(2, 6, 3).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + i;
        }
        population.setValues(values);
        project.setBasePopulation(population);
        return project;
    }

    static Area area(String code, String nameEn, String nameCy) {
        Area area = F.createArea();
        area.setCode(code);
        area.setNameEn(nameEn);
        area.setNameCy(nameCy);
        return area;
    }

    /** Anglesey, the area the tests add. */
    static Area anglesey() {
        return area("W06000001", "Isle of Anglesey", "Ynys Môn");
    }

    /** What {@link #small()} becomes after the tests' edits, built directly rather than through the session. */
    static Project smallEdited(boolean withAnglesey) {
        Project project = small();
        project.setName(EDITED_NAME);
        if (withAnglesey) {
            project.getAreas().add(anglesey());
        }
        return project;
    }

    /** Saves {@link #small()} as {@code file}. */
    static Path saved(Path file) throws IOException {
        ProjectFiles.save(small(), file);
        return file;
    }
}
