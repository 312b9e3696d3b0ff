package dev.oryx.number;

import java.math.BigInteger;

/**
 * Number.prototype.toString(radix) for a double that is not an integer (so |x| < 2^52).
 *
 * <p>The spec leaves the digits to the implementation ("implementation-approximated"). We print
 * the integer part exactly and then fraction digits one at a time (the free-format method of
 * Steele and White) in exact integer arithmetic, stopping as soon as the digits written, or the
 * digits with the last one rounded up, lie strictly inside the rounding interval of x. That is the
 * shortest fraction that reads back as x; when both choices qualify, the closer one wins (the even
 * digit on a tie). Major engines produce the same digits, those that compute in doubles only up to
 * their rounding errors.
 */
final class RadixFraction {

    private RadixFraction() {}

    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    /** Scales up to 2^57 keep remainder * 36 below 2^63, so the long loop cannot overflow. */
    private static final int LONG_SCALE_LIMIT = 57;

    static String toString(double x, int radix) {
        double magnitude = Math.abs(x);
        long bits = Double.doubleToRawLongBits(magnitude);
        int biasedExponent = (int) (bits >>> 52);
        long fraction52 = bits & ((1L << 52) - 1);
        long c = biasedExponent != 0 ? 1L << 52 | fraction52 : fraction52;
        int q = biasedExponent != 0 ? biasedExponent - 1075 : -1074;
        // x = c * 2^q with q < 0. Work in units of 2^(q-2): the half gap up is 2 units, the half gap
        // down 2 units, or 1 unit at a power of two whose lower neighbour is twice as close.
        int scaleBits = -q + 2;
        long integerPart = (long) magnitude;
        boolean halfLowerGap = fraction52 == 0 && biasedExponent > 1;
        long lowerMargin = halfLowerGap ? 1 : 2;
        long upperMargin = 2;

        StringBuilder out = new StringBuilder(24);
        if (x < 0) {
            out.append('-');
        }
        int integerStart = out.length();
        out.append(Long.toString(integerPart, radix));
        out.append('.');
        int pointIndex = out.length() - 1;
        boolean roundUp;
        if (scaleBits <= LONG_SCALE_LIMIT) {
            long scale = 1L << scaleBits;
            long remainder = (c & (1L << -q) - 1) << 2;
            while (true) {
                remainder *= radix;
                lowerMargin *= radix;
                upperMargin *= radix;
                int digit = (int) (remainder >>> scaleBits);
                remainder &= scale - 1;
                boolean low = remainder < lowerMargin;
                boolean high = remainder + upperMargin > scale;
                if (low || high) {
                    out.append(DIGITS[digit]);
                    roundUp = low && high ? chooseUp(Long.compare(remainder << 1, scale), digit) : high;
                    break;
                }
                out.append(DIGITS[digit]);
            }
        } else {
            BigInteger scale = BigInteger.ONE.shiftLeft(scaleBits);
            BigInteger fractionMask = BigInteger.ONE.shiftLeft(-q).subtract(BigInteger.ONE);
            BigInteger remainder = BigInteger.valueOf(c).and(fractionMask).shiftLeft(2);
            BigInteger lower = BigInteger.valueOf(lowerMargin);
            BigInteger upper = BigInteger.valueOf(upperMargin);
            BigInteger bigRadix = BigInteger.valueOf(radix);
            while (true) {
                remainder = remainder.multiply(bigRadix);
                lower = lower.multiply(bigRadix);
                upper = upper.multiply(bigRadix);
                int digit = remainder.shiftRight(scaleBits).intValue();
                remainder = remainder.subtract(BigInteger.valueOf(digit).shiftLeft(scaleBits));
                boolean low = remainder.compareTo(lower) < 0;
                boolean high = remainder.add(upper).compareTo(scale) > 0;
                if (low || high) {
                    out.append(DIGITS[digit]);
                    roundUp = low && high ? chooseUp(remainder.shiftLeft(1).compareTo(scale), digit) : high;
                    break;
                }
                out.append(DIGITS[digit]);
            }
        }
        if (roundUp) {
            incrementLastDigit(out, pointIndex, integerStart, integerPart, radix);
        }
        return out.toString();
    }

    /** Both truncation and rounding up identify x: take the closer, the even digit on a tie. */
    private static boolean chooseUp(int remainderTwiceVersusScale, int digit) {
        return remainderTwiceVersusScale > 0 || remainderTwiceVersusScale == 0 && (digit & 1) != 0;
    }

    /**
     * Adds one unit in the last fraction digit. Digits that carry out become trailing zeros and are
     * dropped; a carry out of the fraction (which a non-integer's interval cannot allow, kept for
     * safety) rewrites the integer part.
     */
    private static void incrementLastDigit(StringBuilder out, int pointIndex, int integerStart, long integerPart,
            int radix) {
        int last = out.length() - 1;
        while (last > pointIndex) {
            int value = Character.digit(out.charAt(last), radix);
            if (value + 1 < radix) {
                out.setCharAt(last, DIGITS[value + 1]);
                out.setLength(last + 1);
                return;
            }
            last--;
        }
        out.setLength(integerStart);
        out.append(Long.toString(integerPart + 1, radix));
    }
}
