package dev.oryx.grammar;

/**
 * Which code points may start or continue an IdentifierName (ECMA-262 12.7): ID_Start and
 * ID_Continue, plus `$`, `_`, ZWNJ and ZWJ.
 *
 * <p>Uses the JDK's Unicode data for now; Java's {@code isUnicodeIdentifierPart} also admits
 * "identifier-ignorable" characters, which ID_Continue does not, so those are excluded.
 */
public final class IdentifierChars {
    private IdentifierChars() {
    }

    public static boolean isStart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp) && !isPatternSyntaxOrSpace(cp);
    }

    public static boolean isPart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '$' || cp == '_';
        }
        if (cp == 0x200C || cp == 0x200D) {
            return true;
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !isPatternSyntaxOrSpace(cp);
    }

    // Pattern_Syntax / Pattern_White_Space characters outside ASCII that the JDK may report as
    // identifier characters; UAX #31 removes them from ID_Start and ID_Continue.
    private static boolean isPatternSyntaxOrSpace(int cp) {
        return cp == 0x2E2F;
    }
}
