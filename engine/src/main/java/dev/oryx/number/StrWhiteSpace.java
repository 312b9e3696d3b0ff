package dev.oryx.number;

/**
 * StrWhiteSpaceChar (ECMA-262 7.1.4.1): WhiteSpace (12.2) or LineTerminator (12.3). The same set
 * is trimmed by TrimString (22.1.3.32.1), so String.prototype.trim can use it too.
 *
 * <p>The Zs code points are listed, not taken from {@link Character}, so that the answer does not
 * change with the JDK's Unicode version; U+180E has not been a space since Unicode 6.3.
 */
public final class StrWhiteSpace {

    private StrWhiteSpace() {}

    /** Whether the UTF-16 code unit is a WhiteSpace or LineTerminator code point. */
    public static boolean isStrWhiteSpaceChar(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        if (c < '\u00a0') {
            return false;
        }
        return c == '\u00a0' || c == '\u1680' || c >= '\u2000' && c <= '\u200a'
                || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f'
                || c == '\u3000' || c == '\ufeff';
    }
}
