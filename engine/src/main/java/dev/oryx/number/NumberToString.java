package dev.oryx.number;

import java.math.BigDecimal;

/**
 * Number::toString (ECMA-262 6.1.6.1.20) and Number.prototype.toString(radix) (21.1.3.6).
 *
 * <p>Radix 10 gives the shortest digits that read back as the same double, in the ECMAScript
 * layout. Other radices print integers exactly and fractions until the value is uniquely
 * identified ({@link RadixFraction}).
 */
public final class NumberToString {

    private NumberToString() {}

    private static final double TWO_TO_53 = 0x1p53;
    private static final double TWO_TO_63 = 0x1p63;

    /** Room for the longest {@link #toString(double)} result (25 characters), as {@link #toChars} needs. */
    public static final int MAX_LENGTH = 32;

    /**
     * The decimal strings of 0 .. SMALL_INTS - 1, made once: loop counters, indices and small
     * computed numbers are turned into strings over and over ({@code "row" + i}, array joins,
     * property names), and a String is immutable, so one copy serves every conversion.
     */
    private static final int SMALL_INTS = 1024;
    private static final String[] SMALL_INT_STRINGS = new String[SMALL_INTS];

    static {
        for (int i = 0; i < SMALL_INTS; i++) {
            SMALL_INT_STRINGS[i] = Integer.toString(i);
        }
    }

    /** Number::toString(i) for an int32: the same digits as {@link Integer#toString(int)}, shared when small. */
    public static String ofInt(int i) {
        return i >= 0 && i < SMALL_INTS ? SMALL_INT_STRINGS[i] : Integer.toString(i);
    }

    /**
     * Number::toString(x) with radix 10: shortest round-trip digits (the spec's k as small as
     * possible; among several, the closest to x), ECMAScript layout ("1e+21", "1.5e-7",
     * "123456789012345680000", -0 gives "0", "NaN", "Infinity").
     */
    public static String toString(double x) {
        if (x != x) {
            return "NaN";
        }
        if (x == 0) {
            return "0";
        }
        if (x == Double.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return "-Infinity";
        }
        if (Math.abs(x) < TWO_TO_53 && x == (long) x) {
            // Below 2^53 the spacing of doubles is at most 1, so an integer needs all its digits.
            long l = (long) x;
            return l >= 0 && l < SMALL_INTS ? SMALL_INT_STRINGS[(int) l] : Long.toString(l);
        }
        double magnitude = Math.abs(x);
        char[] out = new char[MAX_LENGTH];
        return new String(out, 0, layout(out, x < 0, ShortestDecimal.significand(magnitude), ShortestDecimal.exponent(magnitude)));
    }

    /**
     * Writes the characters of {@link #toString(double)} into {@code out} from index 0 and returns
     * their number, for writers that append to a buffer of their own (JSON.stringify) and need no
     * String. {@code out} holds at least {@link #MAX_LENGTH} characters.
     */
    public static int toChars(double x, char[] out) {
        if (x != x || x == 0 || Double.isInfinite(x)) {
            String s = toString(x);
            s.getChars(0, s.length(), out, 0);
            return s.length();
        }
        if (Math.abs(x) < TWO_TO_53 && x == (long) x) {
            long l = (long) x;
            int length = 0;
            if (l < 0) {
                out[length++] = '-';
                l = -l;
            }
            int count = digitCount(l);
            writeDigits(out, length, l, count);
            return length + count;
        }
        double magnitude = Math.abs(x);
        return layout(out, x < 0, ShortestDecimal.significand(magnitude), ShortestDecimal.exponent(magnitude));
    }

    /**
     * Number.prototype.toString(radix) for radix 2..36; radix 10 is {@link #toString(double)}.
     * Integers are printed exactly (also beyond 2^53, e.g. {@code (1e21).toString(7)}); fractions
     * get digits until the value is uniquely identified, e.g. {@code (0.5).toString(2)} is "0.1".
     *
     * @throws IllegalArgumentException if radix is outside 2..36 (the caller throws the RangeError)
     */
    public static String toString(double x, int radix) {
        if (radix == 10) {
            return toString(x);
        }
        if (radix < 2 || radix > 36) {
            throw new IllegalArgumentException("radix out of range: " + radix);
        }
        if (x != x) {
            return "NaN";
        }
        if (x == 0) {
            return "0";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        double magnitude = Math.abs(x);
        if (magnitude < TWO_TO_63 && x == (long) x) {
            return Long.toString((long) x, radix);
        }
        if (magnitude >= TWO_TO_53) {
            // Every double from 2^53 on is an integer; print its exact value.
            String digits = new BigDecimal(magnitude).toBigIntegerExact().toString(radix);
            return x < 0 ? "-" + digits : digits;
        }
        return RadixFraction.toString(x, radix);
    }

    /**
     * Steps 5 to 10 of Number::toString: the decimal s * 10^e (s > 0, maybe with trailing zeros)
     * in the ECMAScript layout, with n and k named as in the spec, written into {@code out} from
     * index 0; returns the length. The longest output is a sign, "0.", 5 zeros and 17 digits.
     */
    static int layout(char[] out, boolean negative, long s, int e) {
        // Strip trailing zeros (Schubfach's digits often have many) in steps of 8, 4, 2 and 1.
        while (s % 100_000_000 == 0) {
            s /= 100_000_000;
            e += 8;
        }
        if (s % 10_000 == 0) {
            s /= 10_000;
            e += 4;
        }
        if (s % 100 == 0) {
            s /= 100;
            e += 2;
        }
        if (s % 10 == 0) {
            s /= 10;
            e++;
        }
        int k = digitCount(s);
        int n = e + k;
        int length = 0;
        if (negative) {
            out[length++] = '-';
        }
        if (k <= n && n <= 21) {
            writeDigits(out, length, s, k);
            length += k;
            for (int i = 0; i < n - k; i++) {
                out[length++] = '0';
            }
        } else if (0 < n && n <= 21) {
            // The digits, then the last k - n of them moved one place right to make room for the point.
            writeDigits(out, length, s, k);
            System.arraycopy(out, length + n, out, length + n + 1, k - n);
            out[length + n] = '.';
            length += k + 1;
        } else if (-6 < n && n <= 0) {
            out[length++] = '0';
            out[length++] = '.';
            for (int i = 0; i < -n; i++) {
                out[length++] = '0';
            }
            writeDigits(out, length, s, k);
            length += k;
        } else {
            writeDigits(out, length + 1, s, k);
            out[length] = out[length + 1];
            if (k > 1) {
                out[length + 1] = '.';
                length += k + 1;
            } else {
                length++;
            }
            out[length++] = 'e';
            int exponent = n - 1;
            out[length++] = exponent >= 0 ? '+' : '-';
            exponent = Math.abs(exponent);
            if (exponent >= 100) {
                out[length++] = (char) ('0' + exponent / 100);
            }
            if (exponent >= 10) {
                out[length++] = (char) ('0' + exponent / 10 % 10);
            }
            out[length++] = (char) ('0' + exponent % 10);
        }
        return length;
    }

    /** Number of decimal digits of s > 0 (at most 19). */
    static int digitCount(long s) {
        // floor(log10(s)) is floor(log2(s) * log10(2)) or one more; 1233 / 4096 is log10(2) closely enough below 2^63
        int guess = (63 - Long.numberOfLeadingZeros(s)) * 1233 >>> 12;
        return guess + 1 < 19 && s >= NumberValue.LONG_POWERS_OF_TEN[guess + 1] ? guess + 2 : guess + 1;
    }

    /** Writes the count digits of s into out[at, at + count). */
    private static void writeDigits(char[] out, int at, long s, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            out[i] = (char) ('0' + s % 10);
            s /= 10;
        }
    }
}
