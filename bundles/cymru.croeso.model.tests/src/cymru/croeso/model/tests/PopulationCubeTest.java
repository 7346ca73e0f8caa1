package cymru.croeso.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cymru.croeso.model.values.PopulationCube;

class PopulationCubeTest {

    @Test
    void walesSampleShape() {
        // 22 authorities × 6 groups × 2 sexes × 91 ages (0 … 90+) = 24,024 cells.
        assertEquals(24_024, new PopulationCube(22, 6, 91).size());
    }

    @Test
    void ageVariesFastestThenSexThenGroupThenArea() {
        PopulationCube cube = new PopulationCube(22, 6, 91);
        assertEquals(0, cube.index(0, 0, PopulationCube.MALE, 0));
        assertEquals(90, cube.index(0, 0, PopulationCube.MALE, 90));
        assertEquals(91, cube.index(0, 0, PopulationCube.FEMALE, 0));
        assertEquals(182, cube.index(0, 1, PopulationCube.MALE, 0));
        assertEquals(6 * 182, cube.index(1, 0, PopulationCube.MALE, 0));
        // The last cell is the last index: ((21*6 + 5)*2 + 1)*91 + 90 = 24,023.
        assertEquals(24_023, cube.index(21, 5, PopulationCube.FEMALE, 90));
    }

    @Test
    void everyCellHasItsOwnIndex() {
        PopulationCube cube = new PopulationCube(3, 4, 5);
        Set<Integer> seen = new HashSet<>();
        for (int a = 0; a < 3; a++) {
            for (int g = 0; g < 4; g++) {
                for (int s = 0; s < 2; s++) {
                    for (int age = 0; age < 5; age++) {
                        seen.add(cube.index(a, g, s, age));
                    }
                }
            }
        }
        assertEquals(cube.size(), seen.size());
    }

    @Test
    void cellsOutsideTheShapeAreRefused() {
        PopulationCube cube = new PopulationCube(2, 2, 3);
        assertThrows(IndexOutOfBoundsException.class, () -> cube.index(0, 0, 0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> cube.index(0, 0, 2, 0));
    }
}
