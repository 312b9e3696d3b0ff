package dev.oryx.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number.prototype.toFixed (ECMA-262 21.1.3.3), toExponential (21.1.3.2) and toPrecision
 * (21.1.3.5) after their argument checks. Exact: the digits come from the exact binary value of
 * the double, and where the spec picks "the larger n" on a tie we round half up on |x|.
 */
public final class NumberFormatter {

    private NumberFormatter() {}

    private static final double TWO_TO_53 = 0x1p53;

    /** 5^f for f in 0..27, all below 2^63. */
    private static final long[] POWERS_OF_FIVE = new long[28];

    static {
        POWERS_OF_FIVE[0] = 1;
        for (int i = 1; i < POWERS_OF_FIVE.length; i++) {
            POWERS_OF_FIVE[i] = POWERS_OF_FIVE[i - 1] * 5;
        }
    }

    /**
     * 21.1.3.3 toFixed, steps 6 to 12, for fractionDigits 0..100 (checked by the caller); e.g.
     * (1.005).toFixed(2) is "1.00" because the double is below 1.005, (1e21).toFixed(2) is "1e+21".
     */
    public static String toFixed(double x, int fractionDigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return NumberToString.toString(x);
        }
        boolean negative = x < 0;
        double magnitude = Math.abs(x);
        if (magnitude >= 1e21) {
            return NumberToString.toString(x);
        }
        long n = fixedDigitsFast(magnitude, fractionDigits);
        String m;
        if (n >= 0) {
            m = insertPoint(Long.toString(n), fractionDigits);
        } else {
            m = new BigDecimal(magnitude).setScale(fractionDigits, RoundingMode.HALF_UP).toPlainString();
        }
        return negative ? "-" + m : m;
    }

    /**
     * n = round-half-up(x * 10^f) when it can be computed exactly in 128-bit integer arithmetic and
     * fits a long; -1 otherwise. x = c * 2^q, so x * 10^f = c * 5^f * 2^(q + f).
     */
    private static long fixedDigitsFast(double x, int f) {
        if (f >= POWERS_OF_FIVE.length || x >= TWO_TO_53) {
            return -1;
        }
        if (x == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(x);
        int biasedExponent = (int) (bits >>> 52);
        long c = bits & (1L << 52) - 1;
        int q;
        if (biasedExponent != 0) {
            c |= 1L << 52;
            q = biasedExponent - 1075;
        } else {
            q = -1074;
        }
        int trailingZeros = Long.numberOfTrailingZeros(c);
        c >>>= trailingZeros;
        q += trailingZeros;
        long p5 = POWERS_OF_FIVE[f];
        // c < 2^53 and 5^f < 2^63: the product fits 116 bits, held as high:low.
        long low = c * p5;
        long high = Math.multiplyHigh(c, p5);
        int shift = -q - f;
        if (shift <= 0) {
            // x * 10^f is an integer: c * 5^f * 2^-shift must fit 63 bits.
            if (high != 0 || low < 0 || Long.numberOfLeadingZeros(low) <= -shift) {
                return -1;
            }
            return low << -shift;
        }
        long quotientLow;
        long quotientHigh;
        long roundBit;
        if (shift < 64) {
            quotientLow = low >>> shift | high << 64 - shift;
            quotientHigh = high >>> shift;
            roundBit = low >>> shift - 1 & 1;
        } else if (shift == 64) {
            quotientLow = high;
            quotientHigh = 0;
            roundBit = low >>> 63;
        } else if (shift < 128) {
            quotientLow = high >>> shift - 64;
            quotientHigh = 0;
            roundBit = high >>> shift - 65 & 1;
        } else {
            return 0;
        }
        if (quotientHigh != 0 || quotientLow < 0 || quotientLow == Long.MAX_VALUE) {
            return -1;
        }
        // Round half up: the spec's "larger n" on a tie.
        return quotientLow + roundBit;
    }

    /** The digits of n with a point before the last f of them, padded with zeros to "0.xx". */
    private static String insertPoint(String digits, int f) {
        if (f == 0) {
            return digits;
        }
        int k = digits.length();
        StringBuilder out = new StringBuilder(Math.max(k, f + 1) + 1);
        if (k <= f) {
            out.append('0').append('.');
            out.repeat('0', f - k);
            out.append(digits);
        } else {
            out.append(digits, 0, k - f).append('.').append(digits, k - f, k);
        }
        return out.toString();
    }

    /**
     * 21.1.3.2 toExponential, steps 4 and 6 to 14, for fractionDigits 0..100, or -1 when
     * fractionDigits is undefined (then as many digits as needed: the shortest round trip).
     */
    public static String toExponential(double x, int fractionDigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return NumberToString.toString(x);
        }
        boolean negative = x < 0;
        double magnitude = Math.abs(x);
        String digits;
        int e;
        if (magnitude == 0) {
            digits = "0".repeat(Math.max(fractionDigits, 0) + 1);
            e = 0;
        } else if (fractionDigits < 0) {
            long s = ShortestDecimal.significand(magnitude);
            int exponent = ShortestDecimal.exponent(magnitude);
            while (s % 10 == 0) {
                s /= 10;
                exponent++;
            }
            digits = Long.toString(s);
            e = exponent + digits.length() - 1;
        } else {
            MathContext significantDigits = new MathContext(fractionDigits + 1, RoundingMode.HALF_UP);
            BigDecimal rounded = new BigDecimal(magnitude).round(significantDigits);
            digits = paddedDigits(rounded, fractionDigits + 1);
            e = leadingExponent(rounded);
        }
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (negative) {
            out.append('-');
        }
        appendExponential(out, digits, e);
        return out.toString();
    }

    /** 21.1.3.5 toPrecision, steps 4 and 6 to 14, for precision 1..100 (checked by the caller). */
    public static String toPrecision(double x, int precision) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return NumberToString.toString(x);
        }
        boolean negative = x < 0;
        double magnitude = Math.abs(x);
        String m;
        int e;
        if (magnitude == 0) {
            m = "0".repeat(precision);
            e = 0;
        } else {
            BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(precision, RoundingMode.HALF_UP));
            m = paddedDigits(rounded, precision);
            e = leadingExponent(rounded);
        }
        StringBuilder out = new StringBuilder(precision + 10);
        if (negative) {
            out.append('-');
        }
        if (e < -6 || e >= precision) {
            appendExponential(out, m, e);
        } else if (e == precision - 1) {
            out.append(m);
        } else if (e >= 0) {
            out.append(m, 0, e + 1).append('.').append(m, e + 1, precision);
        } else {
            out.append("0.");
            out.repeat('0', -(e + 1));
            out.append(m);
        }
        return out.toString();
    }

    /** d[.ddd]e(+|-)exponent: the layout shared by toExponential and toPrecision. */
    private static void appendExponential(StringBuilder out, String digits, int e) {
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(e >= 0 ? '+' : '-').append(Math.abs(e));
    }

    /** The unscaled digits of a value rounded to at most {@code length} digits, padded to exactly that many. */
    private static String paddedDigits(BigDecimal rounded, int length) {
        String digits = rounded.unscaledValue().toString();
        return digits.length() < length ? digits + "0".repeat(length - digits.length()) : digits;
    }

    /** The power of ten of the leading digit: the spec's e. */
    private static int leadingExponent(BigDecimal value) {
        return value.precision() - value.scale() - 1;
    }
}
