package dev.oryx.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ShortestDecimalTest {

    /** sign of 10^a - m * 2^b, exactly. */
    private static int compareTenPowToPow2(int a, long m, int b) {
        BigInteger left = BigInteger.TEN.pow(Math.max(a, 0)).shiftLeft(Math.max(-b, 0));
        BigInteger right = BigInteger.valueOf(m).shiftLeft(Math.max(b, 0)).multiply(BigInteger.TEN.pow(Math.max(-a, 0)));
        return left.compareTo(right);
    }

    @Test
    void floorLog10Pow2IsExactBeyondTheDoubleRange() {
        for (int q = -1200; q <= 1200; q++) {
            int k = ShortestDecimal.floorLog10Pow2(q);
            // 10^k <= 2^q < 10^(k+1)
            assertEquals(true, compareTenPowToPow2(k, 1, q) <= 0 && compareTenPowToPow2(k + 1, 1, q) > 0, "q=" + q + " k=" + k);
        }
    }

    @Test
    void floorLog10ThreeQuartersPow2IsExactBeyondTheDoubleRange() {
        for (int q = -1200; q <= 1200; q++) {
            int k = ShortestDecimal.floorLog10ThreeQuartersPow2(q);
            // 10^k <= 3 * 2^(q-2) < 10^(k+1)
            assertEquals(true, compareTenPowToPow2(k, 3, q - 2) <= 0 && compareTenPowToPow2(k + 1, 3, q - 2) > 0, "q=" + q + " k=" + k);
        }
    }

    @Test
    void floorLog2Pow10IsExactBeyondTheTableRange() {
        for (int e = -400; e <= 400; e++) {
            int r = ShortestDecimal.floorLog2Pow10(e);
            // 2^r <= 10^e < 2^(r+1)
            assertEquals(true, compareTenPowToPow2(e, 1, r) >= 0 && compareTenPowToPow2(e, 1, r + 1) < 0, "e=" + e + " r=" + r);
        }
    }

    @Test
    void significandAndExponentOfKnownValues() {
        assertDecimal(5, -324, Double.MIN_VALUE);
        assertDecimal(17976931348623157L, 292, Double.MAX_VALUE);
        assertDecimal(1, -1, 0.1);
        assertDecimal(22250738585072014L, -324, Double.MIN_NORMAL);
    }

    private static void assertDecimal(long expectedDigits, int expectedExponent, double v) {
        long s = ShortestDecimal.significand(v);
        int e = ShortestDecimal.exponent(v);
        while (s % 10 == 0) {
            s /= 10;
            e++;
        }
        assertEquals(expectedDigits, s, "digits of " + v);
        assertEquals(expectedExponent, e, "exponent of " + v);
    }
}
