package dev.oryx.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StringToNumberTest {

    private static void assertSame(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> what + ": expected " + expected + " but was " + actual);
    }

    private static void assertToNumber(double expected, String s) {
        assertSame(expected, StringToNumber.toNumber(s), "toNumber(\"" + s + "\")");
    }

    @Test
    void emptyAndWhiteSpaceAreZero() {
        assertToNumber(0, "");
        assertToNumber(0, " \t\n\r\u000b\f");
        assertToNumber(0, "\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff");
    }

    @Test
    void everyWhiteSpaceAndLineTerminatorIsTrimmed() {
        String all = "\t\u000b\f \u00a0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                + "\u202f\u205f\u3000\n\r\u2028\u2029";
        for (char c : all.toCharArray()) {
            assertToNumber(42, c + "42" + c);
        }
    }

    @Test
    void otherFormatAndSpaceLikeCharactersAreNotTrimmed() {
        for (char c : new char[] {'\u180e', '\u200b', '\u0085', '\u001c', '\u2060'}) {
            assertToNumber(Double.NaN, c + "1");
            assertToNumber(Double.NaN, "1" + c);
        }
    }

    @Test
    void decimalForms() {
        assertToNumber(16, "  0x10  ");
        assertToNumber(0.5, "+.5");
        assertToNumber(-0.5, "-.5");
        assertToNumber(5, "5.");
        assertToNumber(-0.0, "-0");
        assertToNumber(0, "+0");
        assertToNumber(1500, "1.5e3");
        assertToNumber(1500, "1.5E+3");
        assertToNumber(0.0015, "1.5e-3");
        assertToNumber(Double.POSITIVE_INFINITY, "1e400");
        assertToNumber(0, "1e-400");
        assertToNumber(-0.0, "-1e-400");
        assertToNumber(Double.POSITIVE_INFINITY, "1e99999999999999999999999");
        assertToNumber(0, "0e99999999999999999999999");
        assertToNumber(1, "000000000000000000000000000000001");
        assertToNumber(0x1p53, "9007199254740993");
        assertToNumber(0x1p53 + 2, "9007199254740993.000000000000000000000000000001");
        assertToNumber(0x1p53, "9007199254740992.999999999999999999999999999999");
        assertToNumber(Double.MIN_VALUE, "5e-324");
        assertToNumber(Double.MIN_VALUE, "2.4703282292062328e-324");
        assertToNumber(0, "2.4703282292062327e-324");
        assertToNumber(Double.MAX_VALUE, "1.7976931348623158e308");
        assertToNumber(Double.POSITIVE_INFINITY, "1.7976931348623159e308");
        assertToNumber(Double.POSITIVE_INFINITY, "Infinity");
        assertToNumber(Double.POSITIVE_INFINITY, "+Infinity");
        assertToNumber(Double.NEGATIVE_INFINITY, " -Infinity ");
    }

    @Test
    void rejectedForms() {
        for (String s : new String[] {"-0x10", "+0x10", "1_000", ".e1", ".", "e5", "Infinityx", "infinity", "INFINITY",
                "0x", "0b", "0o", "0xg", "0b2", "0o8", "1e", "1e+", "1.2.3", "--1", "+-1", "1 2", "NaN", "0x1.8",
                "1f", "1d", "0x1p3", "١", "Inf", "- 1", "1__0", "0_1"}) {
            assertToNumber(Double.NaN, s);
        }
    }

    @Test
    void nonDecimalIntegers() {
        assertToNumber(255, "0xff");
        assertToNumber(255, "0XFF");
        assertToNumber(15, "0o17");
        assertToNumber(15, "0O17");
        assertToNumber(5, "0b101");
        assertToNumber(5, "0B101");
        // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: to even. 2^53 + 3 rounds up to 2^53 + 4.
        assertToNumber(0x1p53, "0x20000000000001");
        assertToNumber(0x1p53 + 4, "0x20000000000003");
        assertToNumber(0x1p53, "0b" + "1" + "0".repeat(52) + "1");
        assertToNumber(Double.POSITIVE_INFINITY, "0x1" + "0".repeat(256));
        // (2^53 - 1) * 2^971 is the largest double; half a unit more is the overflow threshold (a tie to "even" 2^1024).
        assertToNumber(Double.MAX_VALUE, "0x" + "f".repeat(13) + "8" + "0".repeat(242));
        assertToNumber(Double.MAX_VALUE, "0x" + "f".repeat(13) + "b" + "f".repeat(242));
        assertToNumber(Double.POSITIVE_INFINITY, "0x" + "f".repeat(13) + "c" + "0".repeat(242));
    }

    @Test
    void parseFloatExamples() {
        assertSame(3.14, StringToNumber.parseFloat("  3.14abc"), "3.14abc");
        assertSame(0.0005, StringToNumber.parseFloat(".5e-3x"), ".5e-3x");
        assertSame(Double.NEGATIVE_INFINITY, StringToNumber.parseFloat("-Infinityx"), "-Infinityx");
        assertSame(Double.NaN, StringToNumber.parseFloat("e5"), "e5");
        assertSame(Double.NaN, StringToNumber.parseFloat(""), "empty");
        assertSame(Double.NaN, StringToNumber.parseFloat("-"), "-");
        assertSame(Double.NaN, StringToNumber.parseFloat("."), ".");
        assertSame(Double.NaN, StringToNumber.parseFloat("Inf"), "Inf");
        assertSame(1, StringToNumber.parseFloat("1e"), "1e");
        assertSame(1, StringToNumber.parseFloat("1e+"), "1e+");
        assertSame(1, StringToNumber.parseFloat("1.e"), "1.e");
        assertSame(100, StringToNumber.parseFloat("1.e2"), "1.e2");
        assertSame(0, StringToNumber.parseFloat("0x10"), "0x10");
        assertSame(-0.0, StringToNumber.parseFloat("-0"), "-0");
        assertSame(-0.0, StringToNumber.parseFloat("-0.0e5abc"), "-0.0e5abc");
        assertSame(1, StringToNumber.parseFloat("1_000"), "1_000");
        assertSame(12, StringToNumber.parseFloat("\u3000 12 34"), "12 34");
        assertSame(Double.NaN, StringToNumber.parseFloat("\u180e12"), "U+180E");
    }

    @Test
    void parseIntExamples() {
        assertSame(31, StringToNumber.parseInt("0x1f", 16), "0x1f,16");
        assertSame(0, StringToNumber.parseInt("0x1f", 10), "0x1f,10");
        assertSame(31, StringToNumber.parseInt("0x1f", 0), "0x1f");
        assertSame(-31, StringToNumber.parseInt("-0X1F", 0), "-0X1F");
        assertSame(-12, StringToNumber.parseInt("  -12abc", 0), "  -12abc");
        assertSame(Double.NaN, StringToNumber.parseInt("123", 1), "radix 1");
        assertSame(Double.NaN, StringToNumber.parseInt("123", 37), "radix 37");
        assertSame(Double.NaN, StringToNumber.parseInt("123", -1), "radix -1");
        assertSame(Double.NaN, StringToNumber.parseInt("", 10), "empty");
        assertSame(Double.NaN, StringToNumber.parseInt("0x", 16), "0x");
        assertSame(Double.NaN, StringToNumber.parseInt("-", 0), "-");
        assertSame(-0.0, StringToNumber.parseInt("-0", 0), "-0");
        assertSame(35, StringToNumber.parseInt("z", 36), "z");
        assertSame(35, StringToNumber.parseInt("Z", 36), "Z");
        assertSame(Double.NaN, StringToNumber.parseInt("z", 35), "z in 35");
        assertSame(5, StringToNumber.parseInt("101", 2), "101");
        assertSame(1, StringToNumber.parseInt("1e3", 0), "1e3");
        assertSame(0, StringToNumber.parseInt("0b11", 0), "0b11");
        assertSame(Double.NaN, StringToNumber.parseInt("Infinity", 0), "Infinity");
        assertSame(1e21, StringToNumber.parseInt("1000000000000000000000", 10), "1e21");
        // Exact, not digit-by-digit: 9007199254740993 is a tie between 2^53 and 2^53 + 2.
        assertSame(0x1p53, StringToNumber.parseInt("9007199254740993", 10), "2^53+1");
        assertSame(0x1p53, StringToNumber.parseInt("9007199254740993.9", 10), "stops at the point");
        assertSame(0x1p53 + 4, StringToNumber.parseInt("9007199254740995", 10), "tie up to even");
        assertSame(Double.POSITIVE_INFINITY, StringToNumber.parseInt("1".repeat(400), 10), "400 ones");
        assertSame(Double.POSITIVE_INFINITY, StringToNumber.parseInt("z".repeat(300), 36), "300 z");
    }

    @Test
    void parseLiteralForms() {
        assertSame(1500, StringToNumber.parseLiteral("1.5e3"), "1.5e3");
        assertSame(0.5, StringToNumber.parseLiteral(".5"), ".5");
        assertSame(5, StringToNumber.parseLiteral("5."), "5.");
        assertSame(8, StringToNumber.parseLiteral("08"), "08");
        assertSame(9.5, StringToNumber.parseLiteral("09.5"), "09.5");
        assertSame(15, StringToNumber.parseLiteral("017"), "017");
        assertSame(0, StringToNumber.parseLiteral("00"), "00");
        assertSame(0, StringToNumber.parseLiteral("0"), "0");
        assertSame(31, StringToNumber.parseLiteral("0x1F"), "0x1F");
        assertSame(31, StringToNumber.parseLiteral("0X1f"), "0X1f");
        assertSame(15, StringToNumber.parseLiteral("0o17"), "0o17");
        assertSame(5, StringToNumber.parseLiteral("0b101"), "0b101");
        assertSame(5, StringToNumber.parseLiteral("0B101"), "0B101");
        assertSame(0.1, StringToNumber.parseLiteral("0.1"), "0.1");
        assertSame(Double.POSITIVE_INFINITY, StringToNumber.parseLiteral("1e309"), "1e309");
        assertSame(0x1p53, StringToNumber.parseLiteral("9007199254740993"), "2^53+1");
    }

    @Test
    void parseLiteralRejectsNonLiterals() {
        for (String s : new String[] {"", "-1", "+1", "Infinity", "1_000", "0x", "0b2", "1e", "abc", " 1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StringToNumber.parseLiteral(s));
            assertEquals("not a numeric literal: \"" + s + "\"", e.getMessage());
        }
    }
}
