package dev.oryx.grammar;

/**
 * The rules of NumericLiteral (ECMA-262 12.9.3 and Annex B.1.1) that the permissive ANTLR rule
 * leaves to Java: numeric separators only between digits, no separators in legacy octal or
 * NonOctalDecimalIntegerLiteral forms, digits valid for the radix, and the BigInt suffix only on
 * integers without a legacy form.
 */
public final class NumericLiteralRules {
    private NumericLiteralRules() {
    }

    /** Returns null when {@code source[start, end)} is a valid NumericLiteral, else a message. */
    public static String check(String s, int start, int end) {
        boolean bigint = s.charAt(end - 1) == 'n';
        int stop = bigint ? end - 1 : end;
        char c0 = s.charAt(start);
        if (c0 == '0' && stop - start >= 2) {
            char c1 = s.charAt(start + 1);
            int radix = switch (c1) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return checkDigits(s, start + 2, stop, radix) ? null : "Invalid or unexpected token (invalid digits in numeric literal)";
            }
        }
        if (c0 == '0' && start + 1 < stop && (isDigit(s.charAt(start + 1)) || s.charAt(start + 1) == '_')) {
            // LegacyOctalIntegerLiteral or NonOctalDecimalIntegerLiteral: digits only, no separators, no BigInt
            boolean octal = true;
            int i = start + 1;
            while (i < stop && isDigit(s.charAt(i))) {
                if (s.charAt(i) >= '8') {
                    octal = false;
                }
                i++;
            }
            if (i < stop && s.charAt(i) == '_') {
                return "Invalid or unexpected token (numeric separator in a legacy literal)";
            }
            if (bigint) {
                return "Invalid or unexpected token (invalid BigInt literal)";
            }
            if (octal) {
                return i == stop ? null : "Invalid or unexpected token (invalid legacy octal literal)";
            }
            // NonOctalDecimalIntegerLiteral may continue with a fraction and exponent, without separators
            for (int j = i; j < stop; j++) {
                if (s.charAt(j) == '_') {
                    return "Invalid or unexpected token (numeric separator in a legacy literal)";
                }
            }
            return null;
        }
        // DecimalLiteral: digits, optional fraction, optional exponent
        int i = start;
        boolean sawDot = false;
        boolean sawExp = false;
        int partStart = i;
        while (i < stop) {
            char c = s.charAt(i);
            if (c == '.') {
                if (!validPart(s, partStart, i, true)) {
                    return separatorMessage();
                }
                sawDot = true;
                partStart = i + 1;
            } else if (c == 'e' || c == 'E') {
                if (!validPart(s, partStart, i, sawDot)) {
                    return separatorMessage();
                }
                sawExp = true;
                int j = i + 1;
                if (j < stop && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                    j++;
                }
                if (!checkDigits(s, j, stop, 10)) {
                    return separatorMessage();
                }
                partStart = stop;
                break;
            }
            i++;
        }
        if (partStart < stop && !validPart(s, partStart, stop, true)) {
            return separatorMessage();
        }
        if (bigint && (sawDot || sawExp)) {
            return "Invalid or unexpected token (invalid BigInt literal)";
        }
        return null;
    }

    private static String separatorMessage() {
        return "Numeric separators are allowed only between digits";
    }

    private static boolean validPart(String s, int from, int to, boolean allowEmpty) {
        if (from == to) {
            return allowEmpty;
        }
        return checkDigits(s, from, to, 10);
    }

    /** Digits of {@code radix} with single underscores strictly between digits; non-empty. */
    private static boolean checkDigits(String s, int from, int to, int radix) {
        if (from >= to) {
            return false;
        }
        boolean prevDigit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!prevDigit || i + 1 >= to || s.charAt(i + 1) == '_') {
                    return false;
                }
                prevDigit = false;
            } else {
                if (Character.digit(c, radix) < 0) {
                    return false;
                }
                prevDigit = true;
            }
        }
        return prevDigit;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
