package dev.oryx.regexp;

/** The fixed sets of the class escapes and of line terminators (22.2.2.9). */
final class CharacterSets {

    private CharacterSets() {
    }

    /** {@code \d}. */
    static final CodePointSet DIGITS = CodePointSet.range('0', '9');

    /** {@code \w} without unicode ignoreCase: the basic word characters. */
    static final CodePointSet WORD = new CodePointSet.Builder().addRange('a', 'z')
        .addRange('A', 'Z').addRange('0', '9').add('_').build();

    /**
     * WordCharacters with unicode and ignoreCase: also every character whose simple case folding
     * is a basic word character (U+017F and U+212A).
     */
    static final CodePointSet WORD_UNICODE_IGNORE_CASE = wordUnicodeIgnoreCase();

    /** LineTerminator. */
    static final CodePointSet LINE_TERMINATORS = new CodePointSet.Builder().add('\n').add('\r')
        .add(0x2028).add(0x2029).build();

    /** {@code \s}: WhiteSpace (TAB VT FF ZWNBSP and Zs) and LineTerminator. */
    static final CodePointSet WHITE_SPACE = new CodePointSet.Builder().add('\t').add(0x0B)
        .add('\f').add(0xFEFF).addAll(UnicodeProperties.lookup("General_Category", "Zs"))
        .addAll(LINE_TERMINATORS).build();

    static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
    }

    static boolean isBasicWordChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_';
    }

    private static CodePointSet wordUnicodeIgnoreCase() {
        CodePointSet.Builder b = new CodePointSet.Builder().addAll(WORD);
        int[] keys = CaseCanonicalization.FOLD_KEYS;
        int[] values = CaseCanonicalization.FOLD_VALUES;
        for (int i = 0; i < keys.length; i++) {
            if (isBasicWordChar(values[i])) {
                b.add(keys[i]);
            }
        }
        return b.build();
    }
}
