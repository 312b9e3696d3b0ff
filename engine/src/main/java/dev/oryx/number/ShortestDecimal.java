package dev.oryx.number;

/**
 * The shortest decimal that rounds back to a double (the digits of Number::toString, 6.1.6.1.20),
 * computed with the Schubfach algorithm (R. Giulietti, "The Schubfach way to render doubles", 2020).
 *
 * <p>For a positive finite double {@code v}, {@link #significand} and {@link #exponent} give
 * {@code s} and {@code k} with {@code s * 10^k} in the rounding interval of {@code v}, {@code s} with
 * as few significant digits as possible and, among those, the closest to {@code v} (the even one
 * on a tie, as the spec's note recommends). {@code s} may end in zeros; callers strip them. The two
 * results are separate methods so that callers need no result object; {@code exponent} is cheap.
 */
final class ShortestDecimal {

    private ShortestDecimal() {}

    private static final int SIGNIFICAND_BITS = 52;
    private static final long FRACTION_MASK = (1L << SIGNIFICAND_BITS) - 1;
    private static final long MASK_63 = (1L << 63) - 1;

    /** floor(q * log10(2)); exact over the range doubles need (checked against BigInteger in the tests). */
    static int floorLog10Pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 * 2^q)); exact over the range doubles need (checked in the tests). */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) (q * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** floor(e * log2(10)); exact over the range doubles need (checked in the tests). */
    static int floorLog2Pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** The s of the class comment for a positive finite {@code v}. */
    static long significand(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & FRACTION_MASK;
        int biasedExponent = (int) (bits >>> SIGNIFICAND_BITS);
        long c;
        int q;
        if (biasedExponent != 0) {
            c = 1L << SIGNIFICAND_BITS | fraction;
            q = biasedExponent - 1075;
        } else {
            c = fraction;
            q = -1074;
        }
        // v = c * 2^q. The rounding interval runs from the midpoint with the lower neighbour to the
        // midpoint with the upper one, both scaled by 4 so that they are integers; at a power of two
        // (other than the smallest normal) the lower neighbour is twice as close.
        boolean regular = fraction != 0 || biasedExponent <= 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (regular) {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        } else {
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        }
        int h = q + floorLog2Pow10(-k) + 2;
        int index = 2 * (-k - PowersOfTen.MIN_E);
        long gHigh = PowersOfTen.G[index];
        long gLow = PowersOfTen.G[index + 1];
        // vb, vbl, vbr: 4 * v, the lower and the upper bound, times 10^-k, floored with a sticky bit.
        long vb = roundToOdd(gHigh, gLow, cb << h);
        long vbl = roundToOdd(gHigh, gLow, cbl << h);
        long vbr = roundToOdd(gHigh, gLow, cbr << h);
        long s = vb >> 2;
        // Round-half-even reading: the bounds belong to the interval only when c is even.
        long open = c & 1;

        // 10^k <= interval length < 10^(k+1): at most one multiple of 10^(k+1) fits, and if one does
        // it is the unique shortest candidate.
        long sp10 = 10 * (s / 10);
        long tp10 = sp10 + 10;
        boolean lowerShortInside = vbl + open <= sp10 << 2;
        boolean upperShortInside = (tp10 << 2) + open <= vbr;
        if (lowerShortInside != upperShortInside) {
            return lowerShortInside ? sp10 : tp10;
        }
        // Otherwise s or s + 1 (at least one lies inside); if both, the closer, the even on a tie.
        long t = s + 1;
        boolean lowerInside = vbl + open <= s << 2;
        boolean upperInside = (t << 2) + open <= vbr;
        if (lowerInside != upperInside) {
            return lowerInside ? s : t;
        }
        long cmp = vb - (s + t << 1);
        return cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t;
    }

    /** The k of the class comment for a positive finite {@code v}: the same k that significand used. */
    static int exponent(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & FRACTION_MASK;
        int biasedExponent = (int) (bits >>> SIGNIFICAND_BITS);
        int q = biasedExponent != 0 ? biasedExponent - 1075 : -1074;
        boolean regular = fraction != 0 || biasedExponent <= 1;
        return regular ? floorLog10Pow2(q) : floorLog10ThreeQuartersPow2(q);
    }

    /**
     * floor(g * cp / 2^127) with the lowest bit set when the discarded part is not zero, where
     * g = gHigh * 2^63 + gLow. Dropping the low 64 bits of gLow * cp is covered by the paper's proof.
     */
    private static long roundToOdd(long gHigh, long gLow, long cp) {
        long x1 = Math.multiplyHigh(gLow, cp);
        long y0 = gHigh * cp;
        long y1 = Math.multiplyHigh(gHigh, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }
}
