package cymru.croeso.core.editing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class PastedBlockTest {
    private static final EditingMessages EN = EditingMessages.in(Locale.UK);

    @Test
    void readsExcelsClipboardRowsAndColumns() throws Exception {
        // what Excel on Windows puts on the clipboard for a 3 × 2 selection: tabs, CRLF, a trailing line break
        PastedBlock block = PastedBlock.parse("0.001\t0.002\r\n0.0015\t0.0025\r\n1,234.5\t12.5%\r\n", EN);
        assertEquals(3, block.rowCount());
        assertEquals(2, block.columnCount());
        assertArrayEquals(new double[] { 0.001, 0.002 }, block.rows()[0]);
        assertArrayEquals(new double[] { 0.0015, 0.0025 }, block.rows()[1]);
        assertEquals(1234.5, block.get(2, 0));
        assertEquals(0.125, block.get(2, 1), "12.5 % is 0.125");
    }

    @Test
    void readsNumbersAsSpreadsheetsWriteThem() {
        assertEquals(1.2e-3, PastedBlock.number("1.2E-3"));
        assertEquals(-4.0, PastedBlock.number(" -4 "));
        assertEquals(-4.0, PastedBlock.number("\u22124"), "a typographic minus");
        assertEquals(1_234_567.0, PastedBlock.number("1,234,567"));
        assertEquals(0.5, PastedBlock.number(".5"));
        assertNull(PastedBlock.number("0,5"), "a comma decimal is not guessed at");
        assertNull(PastedBlock.number("12,34"));
        assertNull(PastedBlock.number("#N/A"));
        assertNull(PastedBlock.number("-"));
        assertNull(PastedBlock.number("1e999"), "not finite");
    }

    @Test
    void aWordIsRefusedNamingItsRowAndColumn() {
        RefusedEdit refused = assertThrows(RefusedEdit.class,
                () -> PastedBlock.parse("0.1\t0.2\n0.3\tabc\n", EN));
        assertTrue(refused.getMessage().startsWith("Pasted row 2, column 2 holds \u201cabc\u201d"), refused.getMessage());
    }

    @Test
    void raggedAndEmptyBlocksAreRefused() {
        RefusedEdit ragged = assertThrows(RefusedEdit.class, () -> PastedBlock.parse("1\t2\n3\n", EN));
        assertTrue(ragged.getMessage().startsWith("Pasted row 2 has 1 cell, but the first row has 2"), ragged.getMessage());
        RefusedEdit blank = assertThrows(RefusedEdit.class, () -> PastedBlock.parse("1\t\n3\t4", EN));
        assertTrue(blank.getMessage().startsWith("Pasted row 1, column 2 is empty"), blank.getMessage());
        assertThrows(RefusedEdit.class, () -> PastedBlock.parse("\r\n", EN));
    }

    @Test
    void welshMessagesNameTheSamePlace() {
        RefusedEdit refused = assertThrows(RefusedEdit.class,
                () -> PastedBlock.parse("x", EditingMessages.in(Locale.forLanguageTag("cy"))));
        assertTrue(refused.getMessage().startsWith("Mae rhes 1, colofn 1 a ludwyd yn cynnwys \u201cx\u201d, nad yw'n rhif"),
                refused.getMessage());
    }
}
