package dev.oryx.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class StringToNumberPropertyTest {

    private static void assertSameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> what + ": expected " + expected + " but was " + actual);
    }

    /** StrDecimalLiterals: optional sign, up to 40 integer and 40 fraction digits, optional exponent. */
    @Provide
    static Arbitrary<String> decimalLiterals() {
        Arbitrary<String> sign = Arbitraries.of("", "+", "-");
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(40);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""), digits.map(d -> "." + d));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"), Arbitraries.integers().between(0, 400))
                        .as((e, s, n) -> e + s + n));
        return Combinators.combine(sign, digits, fraction, exponent)
                .as((s, i, f, e) -> s + i + f + e)
                .filter(s -> s.chars().anyMatch(Character::isDigit) && !s.replaceAll("[eE].*", "").replaceAll("[^0-9]", "").isEmpty());
    }

    /** The exact value of a StrDecimalLiteral, sign aside. */
    private static BigDecimal exactMagnitude(String literal) {
        String unsigned = literal.startsWith("+") || literal.startsWith("-") ? literal.substring(1) : literal;
        return new BigDecimal(unsigned);
    }

    @Property(tries = 3000)
    void toNumberOfDecimalLiteralsIsCorrectlyRounded(@ForAll("decimalLiterals") String literal) {
        double r = StringToNumber.toNumber(literal);
        boolean negative = literal.startsWith("-");
        assertEquals(negative, (Double.doubleToRawLongBits(r) < 0), () -> literal + " sign of " + r);
        assertTrue(Oracle.isCorrectlyRounded(exactMagnitude(literal), Math.abs(r)), () -> literal + " -> " + r);
    }

    /** Up to 19 significant digits with any exponent: the range of the 64-bit fast paths. */
    @Provide
    static Arbitrary<String> shortScientific() {
        Arbitrary<String> digits = Arbitraries.integers().between(1, 19)
                .flatMap(n -> Arbitraries.strings().withCharRange('0', '9').ofLength(n))
                .filter(d -> d.chars().anyMatch(c -> c != '0'));
        return Combinators.combine(digits, Arbitraries.integers().between(-360, 330)).as((d, e) -> d + "e" + e);
    }

    @Property(tries = 4000)
    void shortSignificandsWithAnyExponentAreCorrectlyRounded(@ForAll("shortScientific") String literal) {
        double r = StringToNumber.toNumber(literal);
        assertTrue(Oracle.isCorrectlyRounded(new BigDecimal(literal), r), () -> literal + " -> " + r);
    }

    @Property(tries = 2000)
    void parseFloatReadsTheLongestPrefix(@ForAll("decimalLiterals") String literal, @ForAll @IntRange(min = 0, max = 5) int junkKind) {
        String junk = new String[] {"", "x", "e", "e+", ".5", " 1"}[junkKind];
        String text = literal + junk;
        // ".5" after a literal that already has a point or exponent is junk; otherwise it extends the number.
        String numberPart = junkKind == 4 && !literal.contains(".") && !literal.toLowerCase().contains("e") ? text : literal;
        double expected = StringToNumber.toNumber(numberPart);
        assertSameBits(expected, StringToNumber.parseFloat("\u2003\n " + text), text);
    }

    @Property(tries = 500)
    void whiteSpaceAroundDoesNotChangeTheValue(@ForAll("decimalLiterals") String literal, @ForAll @IntRange(min = 0, max = 24) int which) {
        char ws = "\t\u000b\f \u00a0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\n\r\u2028\u2029".charAt(which);
        assertSameBits(StringToNumber.toNumber(literal), StringToNumber.toNumber(ws + literal + ws + ws), literal);
    }

    /**
     * Decimal strings of hundreds of digits exactly on, just above and just below the midpoint of
     * two neighbouring doubles: only exact arithmetic over all digits gets all three right.
     */
    @Property(tries = 700)
    void longDecimalsAtMidpointsRoundCorrectly(@ForAll("positiveDoubles") double x) {
        double next = Math.nextUp(x);
        if (Double.isInfinite(next)) {
            return;
        }
        BigDecimal mid = new BigDecimal(x).add(new BigDecimal(next)).divide(BigDecimal.TWO);
        BigDecimal tiny = BigDecimal.ONE.movePointLeft(mid.scale() + 40);
        double even = (Double.doubleToRawLongBits(x) & 1) == 0 ? x : next;
        assertSameBits(even, StringToNumber.toNumber(mid.toString()), "midpoint of " + x);
        assertSameBits(next, StringToNumber.toNumber(mid.add(tiny).toString()), "above midpoint of " + x);
        assertSameBits(x, StringToNumber.toNumber(mid.subtract(tiny).toString()), "below midpoint of " + x);
        assertSameBits(x, StringToNumber.toNumber(mid.subtract(tiny).toPlainString()), "plain below midpoint of " + x);
        String plain = mid.toPlainString();
        assertSameBits(even, StringToNumber.parseFloat(plain + (plain.contains(".") ? "" : ".") + "000000xyz"), "parseFloat midpoint of " + x);
    }

    @Provide
    static Arbitrary<Double> positiveDoubles() {
        Arbitrary<Double> bits = Arbitraries.longs().between(1, 0x7fefffffffffffffL).map(Double::longBitsToDouble);
        Arbitrary<Double> subnormals = Arbitraries.longs().between(1, (1L << 52) - 1).map(Double::longBitsToDouble);
        Arbitrary<Double> ordinary = Arbitraries.integers().between(-10, 20)
                .flatMap(e -> Arbitraries.doubles().between(1, 10).ofScale(16).map(d -> d * Math.pow(10, e)));
        return Arbitraries.oneOf(bits, subnormals, ordinary);
    }

    @Property(tries = 1000)
    void nonDecimalLiteralsAreCorrectlyRounded(@ForAll("bigIntegers") BigInteger value, @ForAll @IntRange(min = 0, max = 2) int kind) {
        int radix = new int[] {16, 8, 2}[kind];
        String prefix = new String[] {"0x", "0o", "0b"}[kind];
        String digits = value.toString(radix);
        double r = StringToNumber.toNumber(prefix + digits);
        assertTrue(Oracle.isCorrectlyRounded(new BigDecimal(value), r), () -> prefix + digits + " -> " + r);
        assertSameBits(r, StringToNumber.toNumber(prefix.toUpperCase() + digits.toUpperCase()), "upper case");
        assertSameBits(r, StringToNumber.parseLiteral(prefix + digits), "literal");
    }

    @Provide
    static Arbitrary<BigInteger> bigIntegers() {
        return Arbitraries.randomValue(random -> {
            int bits = 1 + random.nextInt(1100);
            BigInteger v = new BigInteger(bits, random);
            // Half of them with long runs of ones and zeros, where ties and carries hide.
            return random.nextBoolean() ? v : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).xor(v.shiftRight(bits / 2));
        });
    }

    @Property(tries = 1500)
    void parseIntInEveryRadixIsCorrectlyRounded(@ForAll("bigIntegers") BigInteger value, @ForAll @IntRange(min = 2, max = 36) int radix,
            @ForAll boolean negative) {
        String text = (negative ? "-" : "") + value.toString(radix) + "!";
        double r = StringToNumber.parseInt(text, radix);
        assertEquals(negative, Double.doubleToRawLongBits(r) < 0, text);
        assertTrue(Oracle.isCorrectlyRounded(new BigDecimal(value), Math.abs(r)), () -> text + " -> " + r);
    }

    @Property(tries = 1000)
    void parseIntReadsLongs(@ForAll long value, @ForAll @IntRange(min = 2, max = 36) int radix) {
        assertSameBits(value == 0 ? 0.0 : (double) value, StringToNumber.parseInt(Long.toString(value, radix), radix), value + " in " + radix);
    }

    @Property(tries = 1000)
    void parseLiteralAgreesWithToNumberOnUnsignedDecimals(@ForAll("decimalLiterals") String literal) {
        String unsigned = literal.startsWith("+") || literal.startsWith("-") ? literal.substring(1) : literal;
        // A leading 0 followed only by octal digits is a legacy octal literal in source text.
        double expected = unsigned.matches("0[0-7]+")
                ? StringToNumber.parseInt(unsigned, 8)
                : StringToNumber.toNumber(unsigned);
        assertSameBits(expected, StringToNumber.parseLiteral(unsigned), unsigned);
    }
}
