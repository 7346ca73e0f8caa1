package cymru.croeso.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.croeso.model.PopulationGroup;
import cymru.croeso.model.defaults.DefaultPopulationGroups;

class DefaultPopulationGroupsTest {

    @Test
    void theSixGroupsOfTheProductDescription() {
        List<PopulationGroup> groups = DefaultPopulationGroups.create();
        assertEquals(List.of("uk-born", "eu-eea", "third-country", "asylum-seekers", "refugees", "international-students"),
                groups.stream().map(PopulationGroup::getId).toList());
        assertTrue(groups.get(0).isUkBorn(), "births join the UK-born group");
        assertEquals(1, groups.stream().filter(PopulationGroup::isUkBorn).count());
        groups.forEach(g -> assertFalse(g.getNameCy() == null || g.getNameCy().isBlank(), g.getId()));
    }

    @Test
    void eachCallGivesNewGroupsToEdit() {
        assertNotSame(DefaultPopulationGroups.create().get(0), DefaultPopulationGroups.create().get(0));
    }
}
