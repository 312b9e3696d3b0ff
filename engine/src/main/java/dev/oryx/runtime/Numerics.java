package dev.oryx.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Number and BigInt arithmetic on already-converted numeric values (6.1.6.1, 6.1.6.2). */
public final class Numerics {
    private Numerics() {
    }

    /** Largest BigInt bit length we agree to build; beyond it a RangeError. */
    static final int MAX_BIGINT_BITS = 1 << 24;

    /** Number::remainder: the truncating remainder of Java is exactly the spec's for doubles. */
    public static double remainder(double n, double d) {
        return n % d;
    }

    /** Number::exponentiate (6.1.6.1.3): differs from Math.pow for |base| = 1 and infinite exponents. */
    public static double exponentiate(double base, double exponent) {
        if (Double.isNaN(exponent)) {
            return Double.NaN;
        }
        if ((base == 1 || base == -1) && Double.isInfinite(exponent)) {
            return Double.NaN;
        }
        return Math.pow(base, exponent);
    }

    /** StringToBigInt (7.1.14): null when the string is not a valid StringIntegerLiteral. */
    public static BigInteger stringToBigInt(String s) {
        String t = trim(s);
        if (t.isEmpty()) {
            return BigInteger.ZERO;
        }
        try {
            if (t.length() > 2 && t.charAt(0) == '0') {
                char p = Character.toLowerCase(t.charAt(1));
                int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
                if (radix != 0) {
                    String digits = t.substring(2);
                    for (int i = 0; i < digits.length(); i++) {
                        if (Character.digit(digits.charAt(i), radix) < 0) {
                            return null;
                        }
                    }
                    return new BigInteger(digits, radix);
                }
            }
            int start = (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
            if (start == t.length()) {
                return null;
            }
            for (int i = start; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
            }
            return new BigInteger(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && dev.oryx.number.StrWhiteSpace.isStrWhiteSpaceChar(s.charAt(a))) {
            a++;
        }
        while (b > a && dev.oryx.number.StrWhiteSpace.isStrWhiteSpaceChar(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Exact comparison of a BigInt with a Number: negative, zero, positive; 2 for NaN (undefined). */
    public static int compareBigIntNumber(BigInteger x, double d) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (d == Double.POSITIVE_INFINITY) {
            return -1;
        }
        if (d == Double.NEGATIVE_INFINITY) {
            return 1;
        }
        return new BigDecimal(x).compareTo(new BigDecimal(d));
    }

    static void checkBits(Realm realm, BigInteger v) {
        if (v.bitLength() > MAX_BIGINT_BITS) {
            throw Errors.rangeError(realm, "Maximum BigInt size exceeded");
        }
    }
}
