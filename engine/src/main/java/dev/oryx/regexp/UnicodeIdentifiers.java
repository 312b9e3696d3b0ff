package dev.oryx.regexp;

/**
 * ID_Start and ID_Continue from the generated Unicode tables (the version test262 expects), for
 * the lexer's identifier check (ECMA-262 12.7).
 */
public final class UnicodeIdentifiers {
    private static final CodePointSet ID_START = UnicodeProperties.binary("ID_Start");
    private static final CodePointSet ID_CONTINUE = UnicodeProperties.binary("ID_Continue");

    private UnicodeIdentifiers() {
    }

    public static boolean isIdStart(int codePoint) {
        return ID_START.contains(codePoint);
    }

    public static boolean isIdContinue(int codePoint) {
        return ID_CONTINUE.contains(codePoint);
    }
}
