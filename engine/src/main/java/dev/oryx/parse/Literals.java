package dev.oryx.parse;

import java.math.BigInteger;

/**
 * Values of literal tokens: strings (12.9.4, with Annex B legacy octal escapes), template
 * pieces (cooked and raw, 13.2.8.x), numbers and BigInts (12.9.3).
 */
final class Literals {
    private Literals() {
    }

    /** Thrown for an invalid escape; {@code at} is the offset within the token text. */
    static final class BadEscape extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int at;

        BadEscape(String message, int at) {
            super(message, null, false, false);
            this.at = at;
        }
    }

    /** Result of cooking a string literal. */
    record Cooked(String value, boolean legacyEscape) {
    }

    /**
     * A string literal that is {@code source[start..end)}, quotes included: without escapes its
     * value is a substring of the source, no copy of the literal first.
     */
    static Cooked cookString(String source, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (source.charAt(i) == '\\') {
                return cookString(source.substring(start, end));
            }
        }
        return new Cooked(source.substring(start + 1, end - 1), false);
    }

    /** Cooks the text of a StringLiteral token, quotes included. */
    static Cooked cookString(String text) {
        int end = text.length() - 1;
        if (text.indexOf('\\') < 0) {
            return new Cooked(text.substring(1, end), false);
        }
        StringBuilder sb = new StringBuilder(end);
        boolean legacy = false;
        int i = 1;
        while (i < end) {
            char c = text.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            int escStart = i;
            char e = text.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000B');
                case '\r' -> {
                    if (i < end && text.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u2028', '\u2029' -> {
                }
                case 'x' -> {
                    int v = hex(text, i, 2, end);
                    if (v < 0) {
                        throw new BadEscape("Invalid hexadecimal escape sequence", escStart);
                    }
                    sb.append((char) v);
                    i += 2;
                }
                case 'u' -> i = unicodeEscape(text, i, end, sb, escStart);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    boolean more = i < end && text.charAt(i) >= '0' && text.charAt(i) <= '7';
                    if (e == '0' && !(i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
                        sb.append('\0');
                        break;
                    }
                    legacy = true;
                    if (more) {
                        v = v * 8 + (text.charAt(i) - '0');
                        i++;
                        if (e <= '3' && i < end && text.charAt(i) >= '0' && text.charAt(i) <= '7') {
                            v = v * 8 + (text.charAt(i) - '0');
                            i++;
                        }
                    }
                    sb.append((char) v);
                }
                case '8', '9' -> {
                    legacy = true;
                    sb.append(e);
                }
                default -> sb.append(e);
            }
        }
        return new Cooked(sb.toString(), legacy);
    }

    /** Parses {@code \\uXXXX} or {@code \\u{...}} starting after the 'u'; returns the next index. */
    private static int unicodeEscape(String text, int i, int end, StringBuilder sb, int escStart) {
        if (i < end && text.charAt(i) == '{') {
            int close = text.indexOf('}', i + 1);
            if (close < 0 || close >= end || close == i + 1) {
                throw new BadEscape("Invalid Unicode escape sequence", escStart);
            }
            long v = 0;
            for (int j = i + 1; j < close; j++) {
                int d = Character.digit(text.charAt(j), 16);
                if (d < 0) {
                    throw new BadEscape("Invalid Unicode escape sequence", escStart);
                }
                v = v * 16 + d;
                if (v > 0x10FFFF) {
                    throw new BadEscape("Undefined Unicode code-point", escStart);
                }
            }
            sb.appendCodePoint((int) v);
            return close + 1;
        }
        int v = hex(text, i, 4, end);
        if (v < 0) {
            throw new BadEscape("Invalid Unicode escape sequence", escStart);
        }
        sb.append((char) v);
        return i + 4;
    }

    private static int hex(String text, int from, int count, int end) {
        if (from + count > end) {
            return -1;
        }
        int v = 0;
        for (int j = from; j < from + count; j++) {
            int d = Character.digit(text.charAt(j), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** TRV: the raw text of a template piece with CR and CRLF normalized to LF. */
    static String rawTemplate(String body) {
        if (body.indexOf('\r') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\r') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                sb.append('\n');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** TV: the cooked value of a template piece, or null when it contains a NotEscapeSequence. */
    static String cookTemplate(String body) {
        if (body.indexOf('\\') < 0 && body.indexOf('\r') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int end = body.length();
        int i = 0;
        while (i < end) {
            char c = body.charAt(i);
            if (c == '\r') {
                if (i + 1 < end && body.charAt(i + 1) == '\n') {
                    i++;
                }
                sb.append('\n');
                i++;
                continue;
            }
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000B');
                case '\r' -> {
                    if (i < end && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u2028', '\u2029' -> {
                }
                case 'x' -> {
                    int v = hex(body, i, 2, end);
                    if (v < 0) {
                        return null;
                    }
                    sb.append((char) v);
                    i += 2;
                }
                case 'u' -> {
                    try {
                        i = unicodeEscape(body, i, end, sb, i - 2);
                    } catch (BadEscape bad) {
                        return null;
                    }
                }
                case '0' -> {
                    if (i < end && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
                        return null;
                    }
                    sb.append('\0');
                }
                case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    return null;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** Value of a NumericLiteral without BigInt suffix; separators allowed. */
    /**
     * The value of the numeric literal {@code source[start..end)} when it is a decimal integer of
     * at most nine digits without a leading zero (the common case, read without a substring), else -1.
     */
    static int smallDecimal(String source, int start, int end) {
        int length = end - start;
        if (length > 9 || length > 1 && source.charAt(start) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static double number(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        if (t.length() > 2 && t.charAt(0) == '0') {
            switch (t.charAt(1)) {
                case 'x', 'X' -> {
                    return new BigInteger(t.substring(2), 16).doubleValue();
                }
                case 'o', 'O' -> {
                    return new BigInteger(t.substring(2), 8).doubleValue();
                }
                case 'b', 'B' -> {
                    return new BigInteger(t.substring(2), 2).doubleValue();
                }
                default -> {
                }
            }
        }
        if (isLegacyOctal(t)) {
            return new BigInteger(t.substring(1), 8).doubleValue();
        }
        if (t.length() <= 9 && isAllDigits(t)) {
            return Integer.parseInt(t);
        }
        return Double.parseDouble(t);
    }

    /** LegacyOctalIntegerLiteral or NonOctalDecimalIntegerLiteral (with optional fraction): forbidden in strict code. */
    static boolean isLegacy(String text) {
        return text.length() > 1 && text.charAt(0) == '0' && text.charAt(1) >= '0' && text.charAt(1) <= '9';
    }

    private static boolean isLegacyOctal(String t) {
        if (t.length() < 2 || t.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !t.isEmpty();
    }

    /** Value of a BigInt literal, text including the 'n' suffix. */
    static BigInteger bigint(String text) {
        String t = text.substring(0, text.length() - 1).replace("_", "");
        if (t.length() > 2 && t.charAt(0) == '0') {
            switch (t.charAt(1)) {
                case 'x', 'X' -> {
                    return new BigInteger(t.substring(2), 16);
                }
                case 'o', 'O' -> {
                    return new BigInteger(t.substring(2), 8);
                }
                case 'b', 'B' -> {
                    return new BigInteger(t.substring(2), 2);
                }
                default -> {
                }
            }
        }
        return new BigInteger(t);
    }
}
