package dev.oryx.number;

import java.math.BigInteger;

/**
 * String to Number conversions: StringToNumber (ECMA-262 7.1.4.1.1), parseFloat (19.2.4),
 * parseInt (19.2.5) and the value of a source NumericLiteral (12.9.3). All results are correctly
 * rounded (round half to even) for any number of digits, in every radix.
 */
public final class StringToNumber {

    private StringToNumber() {}

    /** Exponents beyond this decide the result on their own; saturating keeps the arithmetic in range. */
    private static final long EXPONENT_LIMIT = 1_000_000_000L;

    /**
     * 7.1.4.1.1 StringToNumber: the string must be a StringNumericLiteral after trimming
     * StrWhiteSpaceChar from both ends; "" and white space give 0. Decimal with optional sign and
     * exponent, "Infinity" with optional sign, 0x/0o/0b with digits and without sign; no numeric
     * separators. Anything else is NaN.
     */
    public static double toNumber(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && StrWhiteSpace.isStrWhiteSpaceChar(s.charAt(start))) {
            start++;
        }
        while (end > start && StrWhiteSpace.isStrWhiteSpaceChar(s.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return 0;
        }
        if (end - start > 2 && s.charAt(start) == '0') {
            int radix = nonDecimalRadix(s.charAt(start + 1));
            if (radix != 0) {
                return integerValue(s, start + 2, end, radix, true);
            }
        }
        return decimalPrefix(s, start, end, true);
    }

    /**
     * The unsigned value of the decimal digits {@code text[intStart, intEnd)}, then the fraction
     * digits {@code text[fracStart, fracEnd)}, times 10^exponent, correctly rounded: for readers
     * that have checked the syntax themselves (JSON.parse). The ranges hold ASCII digits only; the
     * exponent may be anything a caller saturated well inside the long range.
     */
    public static double decimalValue(CharSequence text, int intStart, int intEnd, int fracStart, int fracEnd, long exponent) {
        return NumberValue.ofDecimal(text, intStart, intEnd, fracStart, fracEnd, exponent);
    }

    /** 19.2.4 parseFloat(string), for the string that ToString produced. */
    public static double parseFloat(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && StrWhiteSpace.isStrWhiteSpaceChar(s.charAt(start))) {
            start++;
        }
        return decimalPrefix(s, start, end, false);
    }

    /**
     * 19.2.5 parseInt(string, radix) for the string that ToString produced and the radix after
     * ToInt32 (0 when it was undefined or converted to 0). Exact in every radix.
     */
    public static double parseInt(String s, int radix) {
        int start = 0;
        int end = s.length();
        while (start < end && StrWhiteSpace.isStrWhiteSpaceChar(s.charAt(start))) {
            start++;
        }
        boolean negative = false;
        if (start < end && (s.charAt(start) == '-' || s.charAt(start) == '+')) {
            negative = s.charAt(start) == '-';
            start++;
        }
        boolean stripPrefix = true;
        if (radix != 0) {
            if (radix < 2 || radix > 36) {
                return Double.NaN;
            }
            stripPrefix = radix == 16;
        } else {
            radix = 10;
        }
        if (stripPrefix && end - start >= 2 && s.charAt(start) == '0'
                && (s.charAt(start + 1) == 'x' || s.charAt(start + 1) == 'X')) {
            start += 2;
            radix = 16;
        }
        int digitsEnd = start;
        while (digitsEnd < end && digitValue(s.charAt(digitsEnd)) < radix) {
            digitsEnd++;
        }
        if (digitsEnd == start) {
            return Double.NaN;
        }
        double magnitude = radix == 10
                ? NumberValue.ofDecimal(s, start, digitsEnd, digitsEnd, digitsEnd, 0)
                : integerValue(s, start, digitsEnd, radix, false);
        return negative ? -magnitude : magnitude;
    }

    /**
     * The value of a source NumericLiteral (12.9.3) whose numeric separators and BigInt suffix are
     * already removed: decimal (".5", "5.", "1e3", also "08" and "09.5"), 0x/0o/0b with either
     * letter case, and legacy octal ("017": a leading 0 followed only by octal digits).
     *
     * @throws IllegalArgumentException if the text is not such a literal (a lexer bug)
     */
    public static double parseLiteral(String text) {
        int length = text.length();
        if (length > 2 && text.charAt(0) == '0') {
            int radix = nonDecimalRadix(text.charAt(1));
            if (radix != 0) {
                double value = integerValue(text, 2, length, radix, true);
                if (value != value) {
                    throw notALiteral(text);
                }
                return value;
            }
        }
        if (length > 1 && text.charAt(0) == '0' && isLegacyOctal(text)) {
            return integerValue(text, 1, length, 8, true);
        }
        if (length == 0 || text.charAt(0) == '+' || text.charAt(0) == '-' || text.charAt(0) == 'I') {
            throw notALiteral(text);
        }
        double value = decimalPrefix(text, 0, length, true);
        if (value != value) {
            throw notALiteral(text);
        }
        return value;
    }

    private static IllegalArgumentException notALiteral(String text) {
        return new IllegalArgumentException("not a numeric literal: \"" + text + "\"");
    }

    private static boolean isLegacyOctal(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
        }
        return true;
    }

    /** 16, 8 or 2 for the second character of a 0x, 0o or 0b prefix (either case), else 0. */
    private static int nonDecimalRadix(char c) {
        return switch (c) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 0;
        };
    }

    /** The digit's value in radices up to 36, or 36 (no valid digit) for any other character. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 36;
    }

    /**
     * The Number value of the radix-R integer {@code s[start, end)}. With {@code wholeText} every
     * character must be a digit and there must be at least one, else NaN.
     */
    private static double integerValue(String s, int start, int end, int radix, boolean wholeText) {
        if (wholeText) {
            if (start == end) {
                return Double.NaN;
            }
            for (int i = start; i < end; i++) {
                if (digitValue(s.charAt(i)) >= radix) {
                    return Double.NaN;
                }
            }
        }
        while (start < end && s.charAt(start) == '0') {
            start++;
        }
        long limit = (Long.MAX_VALUE - radix) / radix;
        long value = 0;
        int i = start;
        while (i < end && value <= limit) {
            value = value * radix + digitValue(s.charAt(i));
            i++;
        }
        if (i == end) {
            // long to double conversion rounds to nearest, ties to even.
            return value;
        }
        // R^(digits - 1) <= value; past 2^1024 the answer is Infinity whatever the digits.
        int floorLog2Radix = 31 - Integer.numberOfLeadingZeros(radix);
        if ((long) (end - start - 1) * floorLog2Radix >= 1024) {
            return Double.POSITIVE_INFINITY;
        }
        return NumberValue.ofInteger(new BigInteger(s.substring(start, end), radix));
    }

    /**
     * Scans a StrDecimalLiteral (sign, then "Infinity" or digits with optional '.', fraction and
     * exponent) at {@code start}. With {@code whole} it must end exactly at {@code end}; otherwise
     * the longest such prefix counts (parseFloat). NaN when there is none.
     */
    private static double decimalPrefix(String s, int start, int end, boolean whole) {
        int i = start;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i + 8 <= end && s.startsWith("Infinity", i)) {
            if (whole && i + 8 != end) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int intStart = i;
        while (i < end && isDecimalDigit(s.charAt(i))) {
            i++;
        }
        int intEnd = i;
        int fracStart = i;
        int fracEnd = i;
        if (i < end && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < end && isDecimalDigit(s.charAt(j))) {
                j++;
            }
            fracStart = i + 1;
            fracEnd = j;
            if (intEnd > intStart || fracEnd > fracStart) {
                i = j;
            }
        }
        if (intEnd == intStart && fracEnd == fracStart) {
            return Double.NaN;
        }
        long exponent = 0;
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            boolean negativeExponent = false;
            if (j < end && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                negativeExponent = s.charAt(j) == '-';
                j++;
            }
            int digitsStart = j;
            long magnitude = 0;
            while (j < end && isDecimalDigit(s.charAt(j))) {
                magnitude = Math.min(magnitude * 10 + (s.charAt(j) - '0'), EXPONENT_LIMIT);
                j++;
            }
            if (j > digitsStart) {
                exponent = negativeExponent ? -magnitude : magnitude;
                i = j;
            }
        }
        if (whole && i != end) {
            return Double.NaN;
        }
        double magnitude = NumberValue.ofDecimal(s, intStart, intEnd, fracStart, fracEnd, exponent);
        return negative ? -magnitude : magnitude;
    }

    private static boolean isDecimalDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
