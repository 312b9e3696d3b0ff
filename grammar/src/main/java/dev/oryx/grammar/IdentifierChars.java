package dev.oryx.grammar;

/**
 * Which code points may start or continue an IdentifierName (ECMA-262 12.7): ID_Start and
 * ID_Continue, plus `$`, `_`, ZWNJ and ZWJ.
 *
 * <p>The engine installs its generated Unicode tables (the version the spec and test262 require)
 * with {@link #install}; until then the JDK's data is used. Java's
 * {@code isUnicodeIdentifierPart} also admits "identifier-ignorable" characters, which
 * ID_Continue does not, so those are excluded.
 */
public final class IdentifierChars {
    private static volatile java.util.function.IntPredicate start = cp ->
        Character.isUnicodeIdentifierStart(cp) && !isPatternSyntaxOrSpace(cp);
    private static volatile java.util.function.IntPredicate part = cp ->
        Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !isPatternSyntaxOrSpace(cp);

    private IdentifierChars() {
    }

    /** Replaces the Unicode data used for non-ASCII code points (pure functions of the code point). */
    public static void install(java.util.function.IntPredicate idStart, java.util.function.IntPredicate idContinue) {
        start = idStart;
        part = idContinue;
    }

    public static boolean isStart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
        }
        return start.test(cp);
    }

    public static boolean isPart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '$' || cp == '_';
        }
        if (cp == 0x200C || cp == 0x200D) {
            return true;
        }
        return part.test(cp);
    }

    // Pattern_Syntax / Pattern_White_Space characters outside ASCII that the JDK may report as
    // identifier characters; UAX #31 removes them from ID_Start and ID_Continue.
    private static boolean isPatternSyntaxOrSpace(int cp) {
        return cp == 0x2E2F;
    }
}
