package dev.oryx.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NumberToStringPropertyTest {

    /** Finite doubles of every kind: raw bit patterns, subnormals, powers of two, integers, short decimals. */
    @Provide
    static Arbitrary<Double> finiteDoubles() {
        Arbitrary<Double> bits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        Arbitrary<Double> subnormals = Arbitraries.longs().between(1, (1L << 52) - 1).map(Double::longBitsToDouble);
        Arbitrary<Double> powersOfTwo = Arbitraries.integers().between(-1074, 1023).map(e -> Math.scalb(1.0, e));
        Arbitrary<Double> integers = Arbitraries.longs().map(l -> (double) l);
        Arbitrary<Double> shortDecimals = Arbitraries.integers().between(1, 99_999)
                .flatMap(m -> Arbitraries.integers().between(-330, 310).map(e -> Double.parseDouble(m + "e" + e)))
                .filter(d -> d > 0 && Double.isFinite(d));
        Arbitrary<Double> nearPowersOfTen = Arbitraries.integers().between(-323, 308)
                .flatMap(e -> Arbitraries.integers().between(-2, 2).map(step -> stepFrom(Double.parseDouble("1e" + e), step)));
        // c / 4 with c odd in [2^52, 2^53): exactly between two shortest candidates (a tie).
        Arbitrary<Double> ties = Arbitraries.longs().between(1L << 51, (1L << 52) - 1).map(c -> (2 * c + 1) / 4.0);
        Arbitrary<Double> any = Arbitraries.oneOf(bits, subnormals, powersOfTwo, integers, shortDecimals, nearPowersOfTen, ties);
        return Arbitraries.oneOf(any, any.map(d -> -d));
    }

    private static double stepFrom(double d, int steps) {
        for (int i = 0; i < Math.abs(steps); i++) {
            d = steps > 0 ? Math.nextUp(d) : Math.nextDown(d);
        }
        return d;
    }

    @Property(tries = 3000)
    void readsBackAsTheSameDouble(@ForAll("finiteDoubles") double x) {
        double back = StringToNumber.toNumber(NumberToString.toString(x));
        double expected = x == 0 ? 0.0 : x;
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(back), () -> x + " -> " + NumberToString.toString(x));
    }

    @Property(tries = 3000)
    void toCharsWritesWhatToStringReturns(@ForAll("finiteDoubles") double x) {
        char[] out = new char[NumberToString.MAX_LENGTH];
        assertEquals(NumberToString.toString(x), new String(out, 0, NumberToString.toChars(x, out)));
    }

    @Example
    void toCharsOfTheSpecialValues() {
        char[] out = new char[NumberToString.MAX_LENGTH];
        for (double x : new double[] {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0x1p53, 0x1p53, -1e21,
            -Double.MIN_VALUE, -Double.MAX_VALUE, -1.2345678901234568e-300, -0.0000012345678901234567}) {
            assertEquals(NumberToString.toString(x), new String(out, 0, NumberToString.toChars(x, out)));
        }
        // the longest layouts: sign, 17 digits, point, exponent; sign, "0.", 5 zeros, 17 digits
        assertEquals("-1.2345678901234568e-300", NumberToString.toString(-1.2345678901234568e-300));
        assertEquals("-0.0000012345678901234567", NumberToString.toString(-0.0000012345678901234567));
    }

    @Property(tries = 1500)
    void equalsTheSpecLayoutOfTheExactShortestClosestDigits(@ForAll("finiteDoubles") double x) {
        assertEquals(Oracle.layout(x), NumberToString.toString(x), () -> "for bits " + Long.toHexString(Double.doubleToRawLongBits(x)));
    }

    @Property(tries = 3000)
    void noShorterDigitStringReadsBack(@ForAll("finiteDoubles") double x) {
        if (x == 0) {
            return;
        }
        BigDecimal printed = new BigDecimal(NumberToString.toString(Math.abs(x)));
        int k = printed.stripTrailingZeros().precision();
        if (k == 1) {
            return;
        }
        BigDecimal exact = new BigDecimal(Math.abs(x));
        // The two (k-1)-digit decimals around x are the only ones that could read back.
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal candidate = exact.round(new java.math.MathContext(k - 1, mode));
            assertFalse(Oracle.isCorrectlyRounded(candidate, Math.abs(x)), () -> candidate + " is shorter than " + printed);
        }
    }

    /**
     * The JDK (19 and later) prints the same shortest-closest digits, except that it never prints
     * fewer than two; so whenever ours has two digits or more the values must be equal.
     */
    @Property(tries = 5000)
    void agreesWithTheJdkWhenTwoOrMoreDigitsAreNeeded(@ForAll("finiteDoubles") double x) {
        if (x == 0) {
            return;
        }
        BigDecimal ours = new BigDecimal(NumberToString.toString(x));
        BigDecimal jdk = new BigDecimal(Double.toString(x));
        if (ours.stripTrailingZeros().precision() >= 2) {
            assertEquals(0, ours.compareTo(jdk), () -> ours + " vs JDK " + jdk);
        } else {
            assertTrue(jdk.stripTrailingZeros().precision() <= 2, () -> ours + " vs JDK " + jdk);
        }
    }

    @Example
    void allPowersOfTwoMatchTheOracle() {
        for (int e = -1074; e <= 1023; e++) {
            double x = Math.scalb(1.0, e);
            assertEquals(Oracle.layout(x), NumberToString.toString(x), "2^" + e);
        }
    }

    @Example
    void neighboursOfPowersOfTenMatchTheOracle() {
        for (int e = -323; e <= 308; e++) {
            double p = Double.parseDouble("1e" + e);
            for (double x : new double[] {Math.nextDown(p), p, Math.nextUp(p)}) {
                assertEquals(Oracle.layout(x), NumberToString.toString(x), "near 1e" + e);
            }
        }
    }

    @Provide
    static Arbitrary<Double> integralDoubles() {
        Arbitrary<Double> longs = Arbitraries.longs().map(l -> (double) l);
        Arbitrary<Double> large = Arbitraries.integers().between(53, 1023)
                .flatMap(e -> Arbitraries.longs().between(1L << 52, (1L << 53) - 1).map(m -> Math.scalb((double) m, e - 52)));
        return Arbitraries.oneOf(longs, large, large.map(d -> -d));
    }

    @Property(tries = 2000)
    void radixIntegersAreExactAndParseIntReadsThemBack(@ForAll("integralDoubles") double x, @ForAll @IntRange(min = 2, max = 36) int radix) {
        String printed = NumberToString.toString(x, radix);
        BigInteger exact = new BigDecimal(x).toBigIntegerExact();
        assertEquals(radix == 10 ? NumberToString.toString(x) : exact.toString(radix), printed);
        if (radix != 10 || Math.abs(x) < 1e21) {
            assertEquals(x == 0 ? 0.0 : x, StringToNumber.parseInt(printed, radix), () -> printed);
        }
    }

    @Provide
    static Arbitrary<Double> fractions() {
        Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1).ofScale(18).filter(d -> d != 0 && d != 1);
        Arbitrary<Double> tiny = Arbitraries.longs().map(Double::longBitsToDouble)
                .filter(d -> Double.isFinite(d) && Math.abs(d) < 0x1p52 && d != Math.rint(d));
        Arbitrary<Double> mixed = Arbitraries.integers().between(0, 1_000_000)
                .flatMap(i -> Arbitraries.integers().between(1, 999).map(f -> i + f / 1000.0));
        Arbitrary<Double> powerOfTwoFractions = Arbitraries.integers().between(-1074, -1).map(e -> Math.scalb(1.0, e));
        Arbitrary<Double> any = Arbitraries.oneOf(unit, tiny, mixed, powerOfTwoFractions);
        return Arbitraries.oneOf(any, any.map(d -> -d));
    }

    /**
     * toString(radix) of a non-integer: the value printed lies strictly inside x's rounding
     * interval, no string with one fraction digit less does, and of the two candidates with as
     * many digits the closer one is printed.
     */
    @Property(tries = 1500)
    void radixFractionsAreShortestUniqueAndClosest(@ForAll("fractions") double x, @ForAll @IntRange(min = 2, max = 36) int radix) {
        if (radix == 10 || x == Math.rint(x)) {
            return;
        }
        double a = Math.abs(x);
        String printed = NumberToString.toString(x, radix);
        assertEquals(x < 0, printed.startsWith("-"), printed);
        String body = x < 0 ? printed.substring(1) : printed;
        int point = body.indexOf('.');
        assertTrue(point > 0, printed);
        int m = body.length() - point - 1;
        BigInteger scale = BigInteger.valueOf(radix).pow(m);
        BigInteger value = new BigInteger(body.substring(0, point) + body.substring(point + 1), radix);
        BigDecimal exact = new BigDecimal(a);
        BigDecimal low = exact.add(new BigDecimal(Math.nextDown(a))).divide(BigDecimal.TWO);
        BigDecimal high = exact.add(new BigDecimal(Math.nextUp(a))).divide(BigDecimal.TWO);
        assertTrue(strictlyInside(value, scale, low, high), () -> printed + " does not identify " + x);
        BigInteger shorterScale = BigInteger.valueOf(radix).pow(m - 1);
        BigInteger shorterFloor = exact.multiply(new BigDecimal(shorterScale)).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
        assertFalse(strictlyInside(shorterFloor, shorterScale, low, high), () -> "shorter below than " + printed);
        assertFalse(strictlyInside(shorterFloor.add(BigInteger.ONE), shorterScale, low, high), () -> "shorter above than " + printed);
        BigInteger floor = exact.multiply(new BigDecimal(scale)).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
        BigInteger ceiling = floor.add(BigInteger.ONE);
        assertTrue(value.equals(floor) || value.equals(ceiling), printed);
        if (strictlyInside(floor, scale, low, high) && strictlyInside(ceiling, scale, low, high)) {
            BigDecimal scaled = exact.multiply(new BigDecimal(scale));
            int cmp = scaled.subtract(new BigDecimal(floor)).compareTo(new BigDecimal(ceiling).subtract(scaled));
            if (cmp != 0) {
                assertEquals(cmp < 0 ? floor : ceiling, value, () -> printed + " is not the closest");
            }
        }
    }

    private static boolean strictlyInside(BigInteger numerator, BigInteger scale, BigDecimal low, BigDecimal high) {
        BigDecimal v = new BigDecimal(numerator);
        BigDecimal s = new BigDecimal(scale);
        return v.compareTo(low.multiply(s)) > 0 && v.compareTo(high.multiply(s)) < 0;
    }
}
