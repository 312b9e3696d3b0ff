package dev.oryx.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumberToStringTest {

    @Test
    void specialValues() {
        assertEquals("NaN", NumberToString.toString(Double.NaN));
        assertEquals("0", NumberToString.toString(0.0));
        assertEquals("0", NumberToString.toString(-0.0));
        assertEquals("Infinity", NumberToString.toString(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", NumberToString.toString(Double.NEGATIVE_INFINITY));
    }

    @Test
    void digitCountAtEveryPowerOfTenAndTwo() {
        long power = 1;
        for (int k = 0; k <= 18; k++, power *= 10) {
            for (long s : new long[] {power - 1, power, power + 1}) {
                if (s > 0) {
                    assertEquals(Long.toString(s).length(), NumberToString.digitCount(s), () -> "digits of " + s);
                }
            }
        }
        for (int bit = 0; bit < 63; bit++) {
            for (long s : new long[] {(1L << bit) - 1, 1L << bit, (1L << bit) + 1, (2L << bit) - 1}) {
                if (s > 0) {
                    assertEquals(Long.toString(s).length(), NumberToString.digitCount(s), () -> "digits of " + s);
                }
            }
        }
        assertEquals(19, NumberToString.digitCount(Long.MAX_VALUE));
    }

    @Test
    void layoutBoundaries() {
        assertEquals("1e+21", NumberToString.toString(1e21));
        assertEquals("100000000000000000000", NumberToString.toString(1e20));
        assertEquals("999999999999999900000", NumberToString.toString(999999999999999900000.0));
        assertEquals("123456789012345680000", NumberToString.toString(123456789012345680000.0));
        assertEquals("1.2345678901234568e+21", NumberToString.toString(1234567890123456789012.0));
        assertEquals("1e-7", NumberToString.toString(1e-7));
        assertEquals("-1e-7", NumberToString.toString(-1e-7));
        assertEquals("1.5e-7", NumberToString.toString(1.5e-7));
        assertEquals("0.000001", NumberToString.toString(0.000001));
        assertEquals("0.0000015", NumberToString.toString(0.0000015));
        assertEquals("1.23e-18", NumberToString.toString(123e-20));
        assertEquals("1.7976931348623157e+308", NumberToString.toString(Double.MAX_VALUE));
        assertEquals("5e-324", NumberToString.toString(Double.MIN_VALUE));
        assertEquals("-5e-324", NumberToString.toString(-Double.MIN_VALUE));
        assertEquals("2.2250738585072014e-308", NumberToString.toString(Double.MIN_NORMAL));
        assertEquals("9007199254740992", NumberToString.toString(0x1p53));
        assertEquals("9007199254740991", NumberToString.toString(0x1p53 - 1));
        assertEquals("18014398509481984", NumberToString.toString(0x1p54));
        assertEquals("-9223372036854776000", NumberToString.toString(-0x1p63));
        assertEquals("1e+23", NumberToString.toString(1e23));
        assertEquals("123.456", NumberToString.toString(123.456));
        assertEquals("0.1", NumberToString.toString(0.1));
        assertEquals("0.30000000000000004", NumberToString.toString(0.1 + 0.2));
        assertEquals("-42", NumberToString.toString(-42.0));
        assertEquals("1.5", NumberToString.toString(1.5));
    }

    @Test
    void shortestDigitsWhereJavaPrintsTwo() {
        // Java's Double.toString insists on two digits ("4.9E-324", "1.0E23"); ECMAScript does not.
        assertEquals("5e-324", NumberToString.toString(4.9e-324));
        assertEquals("1e-323", NumberToString.toString(2 * Double.MIN_VALUE));
        assertEquals("2e+22", NumberToString.toString(2e22));
    }

    @Test
    void aTieBetweenTwoShortestCandidatesPicksTheEvenOne() {
        // 2^50 + 0.25 lies exactly between ...624.2 and ...624.3, both of which read back as it.
        assertEquals("1125899906842624.2", NumberToString.toString(1125899906842624.25));
        assertEquals("1125899906842624.8", NumberToString.toString(1125899906842624.75));
        assertEquals("-1125899906842625.2", NumberToString.toString(-1125899906842625.25));
    }

    @Test
    void radixIntegers() {
        assertEquals("ff", NumberToString.toString(255, 16));
        assertEquals("-73", NumberToString.toString(-255, 36));
        assertEquals("11111111", NumberToString.toString(255, 2));
        assertEquals("1" + "0".repeat(60), NumberToString.toString(0x1p60, 2));
        assertEquals("5135235413265003022550266", NumberToString.toString(1e21, 7));
        assertEquals("1" + "0".repeat(1023), NumberToString.toString(0x1p1023, 2));
        assertEquals("zz", NumberToString.toString(36 * 36 - 1, 36));
        assertEquals("0", NumberToString.toString(-0.0, 2));
        assertEquals("NaN", NumberToString.toString(Double.NaN, 16));
        assertEquals("-Infinity", NumberToString.toString(Double.NEGATIVE_INFINITY, 3));
        assertEquals("123.456", NumberToString.toString(123.456, 10));
    }

    @Test
    void radixFractions() {
        assertEquals("0.1", NumberToString.toString(0.5, 2));
        assertEquals("-0.1", NumberToString.toString(-0.5, 2));
        assertEquals("0.8", NumberToString.toString(0.5, 16));
        assertEquals("0.0001100110011001100110011001100110011001100110011001101", NumberToString.toString(0.1, 2));
        assertEquals("3.243f6a8885a3", NumberToString.toString(Math.PI, 16));
        assertEquals("ff.8", NumberToString.toString(255.5, 16));
        assertEquals("0.i", NumberToString.toString(0.5, 36));
        assertEquals("0.1", NumberToString.toString(1.0 / 3, 3));
        assertEquals("1.1", NumberToString.toString(1.5, 2));
        assertEquals("101.11", NumberToString.toString(5.75, 2));
        assertEquals("-1010.1", NumberToString.toString(-10.5, 2));
        assertEquals("0.c", NumberToString.toString(1.0 / 3, 36));
        assertEquals("0.3lllllllllm", NumberToString.toString(0.1, 36));
        assertEquals("0.0022002200220022002200220022002201", NumberToString.toString(0.1, 3));
        // Subnormal: 2^-1074 needs all 1074 binary places.
        assertEquals("0." + "0".repeat(1073) + "1", NumberToString.toString(Double.MIN_VALUE, 2));
    }

    @Test
    void radixOutOfRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberToString.toString(1, 37));
        assertEquals("radix out of range: 37", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NumberToString.toString(1, 1));
    }

    @Test
    void sharedSmallIntegerStringsHaveTheDigitsOfTheUncachedConversion() {
        // the table covers 0..1023; each side of both ends, and the int32 extremes
        for (int i : new int[] {-1024, -1, 0, 1, 9, 10, 99, 100, 1022, 1023, 1024, 1025, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertEquals(Integer.toString(i), NumberToString.ofInt(i), "int " + i);
            assertEquals(Long.toString(i), NumberToString.toString((double) i), "double " + i);
        }
        assertSame(NumberToString.ofInt(1023), NumberToString.toString(1023.0), "int and integral double share the entry");
        assertNotSame(NumberToString.ofInt(1024), NumberToString.ofInt(1024), "outside the table each call converts");
        assertEquals("0", NumberToString.toString(-0.0));
    }
}
