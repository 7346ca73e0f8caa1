package cymru.croeso.core.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PackSourcesTest {

    @Test
    void severalSourcesSplitButALicenceStaysWithItsSource() {
        assertEquals(List.of("ONS mid-year population estimates, mid-2011 (Nomis NM_2002_1); Open Government Licence",
                "Welsh Government and COMPAS, 'Migration in Wales', June 2016"),
                PackSources.parts("ONS mid-year population estimates, mid-2011 (Nomis NM_2002_1); Open Government"
                        + " Licence; Welsh Government and COMPAS, 'Migration in Wales', June 2016"));
        assertEquals(List.of(), PackSources.parts(null));
        assertEquals(List.of("Short"), PackSources.parts(" Short ;"));
    }
}
