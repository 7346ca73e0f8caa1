package cymru.croeso.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cymru.croeso.model.BasePopulation;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.Project;
import cymru.croeso.model.defaults.DefaultPopulationGroups;
import cymru.croeso.model.files.ProjectFiles;
import cymru.croeso.model.values.PopulationCube;

/** A project the size of the Wales sample: 22 areas × 6 groups × 2 sexes × 91 ages. */
class LargeProjectTest {

    /** Issue 4's limit for the 22-area sample. */
    private static final long FIVE_MB = 5L * 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void theWalesSizedProjectSavesUnderFiveMegabytesAndReadsBackExactly() throws IOException {
        Project project = CroesoFactory.eINSTANCE.createProject();
        project.setName("Wales-sized");
        for (int a = 0; a < 22; a++) {
            project.getAreas().add(SampleProjects.area(String.format("W060000%02d", a + 1), "Area " + a, "Ardal " + a));
        }
        project.getGroups().addAll(DefaultPopulationGroups.create());
        BasePopulation population = CroesoFactory.eINSTANCE.createBasePopulation();
        population.setBaseYear(2011);
        population.setTopAge(90);
        population.getAreas().addAll(project.getAreas());
        population.getGroups().addAll(project.getGroups());
        // Worst realistic case: fractional estimates (split shares) with full precision, not whole counts.
        SplittableRandom random = new SplittableRandom(2011);
        double[] values = new double[new PopulationCube(22, 6, 91).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() * 4000;
        }
        population.setValues(values);
        project.setBasePopulation(population);

        Path file = folder.resolve("wales.croeso");
        ProjectFiles.save(project, file);
        long size = Files.size(file);
        long start = System.nanoTime();
        Project loaded = ProjectFiles.load(file);
        long openMillis = (System.nanoTime() - start) / 1_000_000;
        // Reported, not asserted: timings depend on the machine (house rule: no timing assertions).
        System.out.printf("Wales-sized project (24,024 full-precision values): %,d bytes, opened in %d ms%n", size, openMillis);

        assertTrue(size < FIVE_MB, size + " bytes");
        assertArrayEquals(values, loaded.getBasePopulation().getValues());
    }
}
