package dev.oryx.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Slow, exact reference implementations written straight from the spec's wording, independent
 * of the production code: BigDecimal search for the shortest digits, the spec's "n as close to
 * zero as possible, the larger n on a tie" for the formatters, and the definition of correct
 * rounding as an interval check.
 */
final class Oracle {

    private Oracle() {}

    /** Shortest decimal digits for positive finite x: s (no trailing zeros) and n, value = 0.s * 10^n. */
    record Digits(String s, int n) {}

    /** The spec's s and n for Number::toString, by trying 1, 2, ... significant digits. */
    static Digits shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int k = 1; k <= 17; k++) {
            BigDecimal below = exact.round(new MathContext(k, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(k, RoundingMode.CEILING));
            boolean belowOk = roundsTo(below, x);
            boolean aboveOk = roundsTo(above, x);
            if (!belowOk && !aboveOk) {
                continue;
            }
            BigDecimal chosen;
            if (belowOk && aboveOk) {
                int cmp = exact.subtract(below).compareTo(above.subtract(exact));
                if (cmp < 0) {
                    chosen = below;
                } else if (cmp > 0) {
                    chosen = above;
                } else {
                    chosen = isEvenAt(below, k) ? below : above;
                }
            } else {
                chosen = belowOk ? below : above;
            }
            return digitsOf(chosen);
        }
        throw new AssertionError("no 17-digit decimal rounds to " + x);
    }

    /** s and n of a positive decimal value. */
    static Digits digitsOf(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String s = stripped.unscaledValue().toString();
        return new Digits(s, s.length() - stripped.scale());
    }

    /** Whether the k-significant-digit integer s of this value is even. */
    private static boolean isEvenAt(BigDecimal value, int k) {
        return value.precision() < k || !value.unscaledValue().testBit(0);
    }

    /** Whether the decimal reads back as x under round-to-nearest-even (the definition, not the JDK's reader). */
    static boolean roundsTo(BigDecimal value, double x) {
        return isCorrectlyRounded(value, x);
    }

    /**
     * Whether r is the Number value for v (v >= 0): v lies between the midpoints with r's
     * neighbours, on a midpoint only if r's significand is even; beyond the largest double the
     * overflow threshold is 2^1024 - 2^970.
     */
    static boolean isCorrectlyRounded(BigDecimal v, double r) {
        if (v.signum() < 0 || Double.isNaN(r) || r < 0 || r == 0 && 1 / r < 0) {
            return false;
        }
        BigDecimal threshold = new BigDecimal(BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970)));
        if (r == Double.POSITIVE_INFINITY) {
            return v.compareTo(threshold) >= 0;
        }
        BigDecimal exact = new BigDecimal(r);
        BigDecimal low = r == 0 ? BigDecimal.ZERO : exact.add(new BigDecimal(Math.nextDown(r))).divide(BigDecimal.TWO);
        BigDecimal high = r == Double.MAX_VALUE ? threshold : exact.add(new BigDecimal(Math.nextUp(r))).divide(BigDecimal.TWO);
        boolean even = (Double.doubleToRawLongBits(r) & 1) == 0;
        int lowCmp = v.compareTo(low);
        int highCmp = v.compareTo(high);
        if (r == 0) {
            return highCmp < 0 || highCmp == 0;
        }
        return (lowCmp > 0 || lowCmp == 0 && even) && (highCmp < 0 || highCmp == 0 && even && r != Double.MAX_VALUE);
    }

    /** Number::toString laid out from s and n by the spec's steps 6 to 10, as plain string work. */
    static String layout(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (x == 0) {
            return "0";
        }
        if (x < 0) {
            return "-" + layout(-x);
        }
        if (Double.isInfinite(x)) {
            return "Infinity";
        }
        Digits d = shortest(x);
        String s = d.s();
        int k = s.length();
        int n = d.n();
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return k == 1 ? s + "e" + exponent : s.charAt(0) + "." + s.substring(1) + "e" + exponent;
    }

    /** floor(v + 1/2): the integer closest to v, the larger one on a tie. */
    static BigInteger closestLarger(BigDecimal v) {
        return v.add(new BigDecimal("0.5")).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    }

    /** 21.1.3.3 toFixed steps 6 to 12. */
    static String toFixed(double x, int f) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return layout(x);
        }
        String sign = "";
        if (x < 0) {
            sign = "-";
            x = -x;
        }
        String m;
        if (x >= 1e21) {
            m = layout(x);
        } else {
            BigInteger n = closestLarger(new BigDecimal(x).movePointRight(f));
            m = n.signum() == 0 ? "0" : n.toString();
            if (f != 0) {
                int k = m.length();
                if (k <= f) {
                    m = "0".repeat(f + 1 - k) + m;
                    k = f + 1;
                }
                m = m.substring(0, k - f) + "." + m.substring(k - f);
            }
        }
        return sign + m;
    }

    /** e = floor(log10(v)) for v > 0. */
    private static int floorLog10(BigDecimal v) {
        return v.precision() - v.scale() - 1;
    }

    /** n with exactly `digits` digits and e with n * 10^(e - digits + 1) closest to x (larger on tie). */
    private static Object[] roundToDigits(double x, int digits) {
        BigDecimal exact = new BigDecimal(x);
        int e = floorLog10(exact);
        BigInteger n = closestLarger(exact.movePointRight(digits - 1 - e));
        if (n.equals(BigInteger.TEN.pow(digits))) {
            n = n.divide(BigInteger.TEN);
            e++;
        }
        return new Object[] {n.toString(), e};
    }

    private static String exponentSuffix(int e) {
        return "e" + (e >= 0 ? "+" : "-") + Math.abs(e);
    }

    /** 21.1.3.2 toExponential steps 4 and 6 to 14; f = -1 for undefined. */
    static String toExponential(double x, int f) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return layout(x);
        }
        String sign = "";
        if (x < 0) {
            sign = "-";
            x = -x;
        }
        String m;
        int e;
        if (x == 0) {
            m = "0".repeat(Math.max(f, 0) + 1);
            e = 0;
        } else if (f < 0) {
            Digits d = shortest(x);
            m = d.s();
            e = d.n() - 1;
        } else {
            Object[] ne = roundToDigits(x, f + 1);
            m = (String) ne[0];
            e = (Integer) ne[1];
        }
        if (m.length() > 1) {
            m = m.charAt(0) + "." + m.substring(1);
        }
        return sign + m + exponentSuffix(e);
    }

    /** 21.1.3.5 toPrecision steps 4 and 6 to 14. */
    static String toPrecision(double x, int p) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return layout(x);
        }
        String sign = "";
        if (x < 0) {
            sign = "-";
            x = -x;
        }
        String m;
        int e;
        if (x == 0) {
            m = "0".repeat(p);
            e = 0;
        } else {
            Object[] ne = roundToDigits(x, p);
            m = (String) ne[0];
            e = (Integer) ne[1];
            if (e < -6 || e >= p) {
                if (p != 1) {
                    m = m.charAt(0) + "." + m.substring(1);
                }
                return sign + m + exponentSuffix(e);
            }
        }
        if (e == p - 1) {
            return sign + m;
        }
        if (e >= 0) {
            return sign + m.substring(0, e + 1) + "." + m.substring(e + 1);
        }
        return sign + "0." + "0".repeat(-(e + 1)) + m;
    }
}
