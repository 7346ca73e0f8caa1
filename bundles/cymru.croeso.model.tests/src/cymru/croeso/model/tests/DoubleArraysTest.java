package cymru.croeso.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.values.DoubleArrays;

class DoubleArraysTest {

    /** Values whose decimal forms are easy to get wrong: non-terminating binaries, extremes, subnormals, -0. */
    private static final double[] AWKWARD = {0.1, 0.2 + 0.1, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, -0.0, 0.0,
        1.0 / 3, 2.0 / 3, 123456.789, 9007199254740993.0, 1e15, 999999999999999.0, -4.25, Math.PI, 1e22, 5e-324 * 3};

    @Test
    void awkwardDoublesRoundTripBitForBit() {
        double[] back = DoubleArrays.parse(DoubleArrays.format(AWKWARD));
        assertEquals(AWKWARD.length, back.length);
        for (int i = 0; i < AWKWARD.length; i++) {
            assertEquals(Double.doubleToRawLongBits(AWKWARD[i]), Double.doubleToRawLongBits(back[i]), "value " + i);
        }
    }

    @Test
    void textIsShortestAndCompact() {
        // Worked out by hand: whole numbers lose ".0", 0.1+0.2 needs all 17 digits, 1e-300 drops the ".0" of "1.0E-300".
        assertEquals("0.1,0.30000000000000004,1E-300,1234,-0,0,-4.25,12345678,1E15",
                DoubleArrays.format(new double[] {0.1, 0.2 + 0.1, 1e-300, 1234, -0.0, 0, -4.25, 12345678, 1e15}));
    }

    @Test
    void emptyAndNullAreDistinct() {
        assertEquals("", DoubleArrays.format(new double[0]));
        assertEquals(0, DoubleArrays.parse("").length);
        assertNull(DoubleArrays.format(null));
        assertNull(DoubleArrays.parse(null));
    }

    @Test
    void notANumberAndInfinityAreRefusedWhenWriting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DoubleArrays.format(new double[] {1, Double.NaN}));
        assertTrue(e.getMessage().contains("number 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DoubleArrays.format(new double[] {Double.NEGATIVE_INFINITY}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,NaN", "Infinity", "1,,2", "0x1p3", "1d", "2f", "1e400", " 1", "1,2,", "abc"})
    void textThatIsNotAFiniteDecimalIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> DoubleArrays.parse(text));
    }

    @Test
    void theGeneratedFactoryUsesTheCompactForm() {
        var factory = CroesoFactory.eINSTANCE;
        var type = CroesoPackage.Literals.DOUBLE_ARRAY;
        assertEquals("0.5,2", factory.convertToString(type, new double[] {0.5, 2}));
        assertArrayEquals(new double[] {0.5, 2}, (double[]) factory.createFromString(type, "0.5,2"));
    }
}
