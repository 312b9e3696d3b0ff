package dev.oryx.number;

import java.math.BigInteger;

/**
 * "The Number value for x" (ECMA-262 6.1.6.1): a non-negative mathematical value rounded to the
 * nearest double, ties to even, overflow to +Infinity. Exact for any number of digits.
 */
final class NumberValue {

    private NumberValue() {}

    /**
     * Doubles and their midpoints have at most 767 significant decimal digits, so a digit string
     * cut after this many digits, with a 1 appended for the nonzero rest, rounds the same way.
     */
    private static final int MAX_EXACT_DIGITS = 800;

    private static final double[] SMALL_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    /** 10^0 to 10^18, every power of ten a long holds. */
    static final long[] LONG_POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
        1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L,
        10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    };

    /**
     * The value of the decimal digits {@code text[intStart, intEnd)} followed by the fraction
     * digits {@code text[fracStart, fracEnd)}, times 10^exponent. The ranges hold ASCII digits only.
     * The exponent may be anything; callers saturate absurd exponents well inside the long range.
     */
    static double ofDecimal(CharSequence text, int intStart, int intEnd, int fracStart, int fracEnd, long exponent) {
        int intLength = intEnd - intStart;
        int total = intLength + fracEnd - fracStart;
        int first = 0;
        while (first < total && digitAt(text, intStart, intLength, fracStart, first) == 0) {
            first++;
        }
        if (first == total) {
            return 0;
        }
        int last = total - 1;
        while (digitAt(text, intStart, intLength, fracStart, last) == 0) {
            last--;
        }
        int significantDigits = last - first + 1;
        // value = D * 10^scaledExponent where D is the digits first..last.
        long scaledExponent = exponent - (fracEnd - fracStart) + (total - 1 - last);
        long pointPosition = scaledExponent + significantDigits;
        if (pointPosition > 310) {
            return Double.POSITIVE_INFINITY;
        }
        if (pointPosition < -324) {
            return 0;
        }
        if (significantDigits <= 19) {
            int e = (int) scaledExponent;
            // Up to 19 digits fit 64 bits when read as unsigned.
            long d = 0;
            for (int i = first; i <= last; i++) {
                d = d * 10 + digitAt(text, intStart, intLength, fracStart, i);
            }
            double fast = significantDigits <= 15 ? exactProduct(d, e, significantDigits) : Double.NaN;
            if (fast != fast) {
                fast = approximateProduct(d, e);
            }
            if (fast == fast) {
                return fast;
            }
        }
        int kept = Math.min(significantDigits, MAX_EXACT_DIGITS);
        // pointPosition is bounded above, so this exponent fits an int even for 2^31 digits.
        int e = (int) (pointPosition - kept);
        char[] digits = new char[kept + (kept < significantDigits ? 1 : 0)];
        for (int i = 0; i < kept; i++) {
            digits[i] = (char) ('0' + digitAt(text, intStart, intLength, fracStart, first + i));
        }
        if (kept < significantDigits) {
            // The dropped digits are not all zero (the last one is nonzero): a sticky 1 keeps the
            // value strictly between the same neighbouring midpoints.
            digits[kept] = '1';
            e--;
        }
        BigInteger significand = new BigInteger(new String(digits));
        if (e >= 0) {
            return ofRatio(significand.multiply(BigInteger.TEN.pow(e)), BigInteger.ONE);
        }
        return ofRatio(significand, BigInteger.TEN.pow(-e));
    }

    /**
     * d * 10^e when d < 10^15 and 10^|e| are exact doubles, so that one IEEE operation rounds
     * correctly (Clinger's fast path); NaN when the operands are not exact.
     */
    private static double exactProduct(long d, int e, int digits) {
        if (0 <= e && e <= 22) {
            return d * SMALL_POWERS_OF_TEN[e];
        }
        if (-22 <= e && e < 0) {
            return d / SMALL_POWERS_OF_TEN[-e];
        }
        if (e > 22 && e - 22 <= 15 - digits) {
            return d * LONG_POWERS_OF_TEN[e - 22] * 1e22;
        }
        return Double.NaN;
    }

    /**
     * w * 10^e (w nonzero, unsigned) from the 126-bit upper bound g of 10^e in {@link PowersOfTen}
     * (the idea of Eisel and Lemire's algorithm, with Schubfach's table). Z = w' * g exceeds the
     * exact product by less than 2^64, so whenever the bits below the rounding bit are at least
     * 2^64 the rounding is decided, and it cannot be a tie. NaN when undecided, when the result
     * is subnormal, or when 10^e is outside the table: the exact path answers then.
     */
    private static double approximateProduct(long w, int e) {
        if (e < PowersOfTen.MIN_E || e > PowersOfTen.MAX_E) {
            return Double.NaN;
        }
        int index = 2 * (e - PowersOfTen.MIN_E);
        long g1 = PowersOfTen.G[index] >>> 1;
        long g0 = PowersOfTen.G[index] << 63 | PowersOfTen.G[index + 1];
        int shift = Long.numberOfLeadingZeros(w);
        long wn = w << shift;
        // Z = wn * (g1 * 2^64 + g0) = z2:z1:z0, at least 2^188 and below 2^190; z0 is not needed.
        long p0High = Math.unsignedMultiplyHigh(wn, g0);
        long p1Low = wn * g1;
        long z2 = Math.unsignedMultiplyHigh(wn, g1);
        long z1 = p1Low + p0High;
        if (Long.compareUnsigned(z1, p1Low) < 0) {
            z2++;
        }
        // Keep 54 bits (53 and the rounding bit): Z >> (128 + dropped), all inside z2.
        int dropped = (z2 >>> 61) != 0 ? 8 : 7;
        long kept = z2 >>> dropped;
        if ((z2 & (1L << dropped) - 1) == 0 && z1 == 0) {
            // The bits below the rounding bit are under 2^64: within the error, maybe a tie.
            return Double.NaN;
        }
        long m = (kept >>> 1) + (kept & 1);
        int lsb = 128 + dropped + 1 + ShortestDecimal.floorLog2Pow10(e) - 125 - shift;
        if (lsb < -1074) {
            return Double.NaN;
        }
        return assemble(m, lsb);
    }

    private static int digitAt(CharSequence text, int intStart, int intLength, int fracStart, int index) {
        return index < intLength
                ? text.charAt(intStart + index) - '0'
                : text.charAt(fracStart + index - intLength) - '0';
    }

    /** The Number value for a non-negative integer. */
    static double ofInteger(BigInteger value) {
        return ofRatio(value, BigInteger.ONE);
    }

    /** The Number value for numerator / denominator, both non-negative, denominator positive. */
    static double ofRatio(BigInteger numerator, BigInteger denominator) {
        if (numerator.signum() == 0) {
            return 0;
        }
        // floor(log2(numerator / denominator)) is the bit length difference or one less.
        int log2 = numerator.bitLength() - denominator.bitLength();
        boolean atLeast = log2 >= 0
                ? numerator.compareTo(denominator.shiftLeft(log2)) >= 0
                : numerator.shiftLeft(-log2).compareTo(denominator) >= 0;
        if (!atLeast) {
            log2--;
        }
        if (log2 >= 1024) {
            return Double.POSITIVE_INFINITY;
        }
        if (log2 < -1076) {
            return 0;
        }
        // The last bit a double keeps: 53 significant bits, but never below 2^-1074.
        int lsb = Math.max(log2 - 52, -1074);
        BigInteger n = lsb < 0 ? numerator.shiftLeft(-lsb) : numerator;
        BigInteger d = lsb > 0 ? denominator.shiftLeft(lsb) : denominator;
        BigInteger[] quotientAndRemainder = n.divideAndRemainder(d);
        long m = quotientAndRemainder[0].longValueExact();
        int half = quotientAndRemainder[1].shiftLeft(1).compareTo(d);
        if (half > 0 || half == 0 && (m & 1) != 0) {
            m++;
        }
        return assemble(m, lsb);
    }

    /** m * 2^lsb for m <= 2^53 and lsb >= -1074, where m * 2^lsb is a double or overflows. */
    static double assemble(long m, int lsb) {
        if (m == 1L << 53) {
            m >>= 1;
            lsb++;
        }
        if (m < 1L << 52) {
            // Only reachable with lsb == -1074: a subnormal, whose bits are m itself.
            return Double.longBitsToDouble(m);
        }
        long biasedExponent = lsb + 1075L;
        if (biasedExponent >= 2047) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(biasedExponent << 52 | (m & (1L << 52) - 1));
    }
}
