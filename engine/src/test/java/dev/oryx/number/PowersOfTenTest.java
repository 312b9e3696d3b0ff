package dev.oryx.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class PowersOfTenTest {

    @Test
    void checkedInTableEqualsTheGeneratorsOutput() {
        List<Long> expected = PowersOfTenGenerator.entries();
        assertEquals(PowersOfTenGenerator.MIN_E, PowersOfTen.MIN_E);
        assertEquals(PowersOfTenGenerator.MAX_E, PowersOfTen.MAX_E);
        assertEquals(expected.size(), PowersOfTen.G.length);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).longValue(), PowersOfTen.G[i], "entry " + i);
        }
    }

    @Test
    void everyEntryIsA126BitUpperBoundOfItsPowerOfTen() {
        for (int e = PowersOfTen.MIN_E; e <= PowersOfTen.MAX_E; e++) {
            int index = 2 * (e - PowersOfTen.MIN_E);
            BigInteger g = BigInteger.valueOf(PowersOfTen.G[index]).shiftLeft(63).or(BigInteger.valueOf(PowersOfTen.G[index + 1]));
            assertEquals(126, g.bitLength(), "10^" + e);
            // g * 2^r > 10^e >= (g - 1) * 2^r with r = floor(log2(10^e)) - 125.
            int r = ShortestDecimal.floorLog2Pow10(e) - 125;
            BigInteger tenPow = BigInteger.TEN.pow(Math.abs(e));
            BigInteger lhsG = e >= 0 ? g : g.multiply(tenPow);
            BigInteger lhsGMinus1 = e >= 0 ? g.subtract(BigInteger.ONE) : g.subtract(BigInteger.ONE).multiply(tenPow);
            BigInteger rhs = e >= 0 ? tenPow : BigInteger.ONE;
            // Compare x * 2^r with rhs (both sides scaled to integers).
            assertTrue(compareTimesPow2(lhsG, r, rhs) > 0, "g too small at 10^" + e);
            assertTrue(compareTimesPow2(lhsGMinus1, r, rhs) <= 0, "g too large at 10^" + e);
        }
    }

    private static int compareTimesPow2(BigInteger value, int r, BigInteger other) {
        return r >= 0 ? value.shiftLeft(r).compareTo(other) : value.compareTo(other.shiftLeft(-r));
    }
}
