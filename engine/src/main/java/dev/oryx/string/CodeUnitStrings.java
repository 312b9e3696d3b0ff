package dev.oryx.string;

/**
 * One-code-unit Strings, shared for the Latin-1 range: {@code s.charAt(i)}, {@code s[i]} and
 * {@code String.fromCharCode(c)} in a loop would otherwise allocate a new String per call, and
 * Strings are immutable, so one copy per code unit serves every caller.
 */
public final class CodeUnitStrings {
    private CodeUnitStrings() {
    }

    private static final String[] LATIN1 = new String[256];

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = String.valueOf((char) c);
        }
    }

    /** The String of the one code unit {@code c}. */
    public static String of(char c) {
        return c < LATIN1.length ? LATIN1[c] : String.valueOf(c);
    }
}
