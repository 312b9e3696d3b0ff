package dev.oryx.regexp;

/**
 * 22.2.2.7.3 Canonicalize(rer, ch) for ignoreCase matching. With the unicode flag it is simple
 * case folding (CaseFolding.txt C and S); without it, the uppercase of a single code unit, kept
 * only if that is one code unit and does not map a non-ASCII unit to ASCII. Both come from the
 * generated {@link UnicodeTables}, so they follow Unicode 17 whatever the JDK's version is.
 */
final class CaseCanonicalization {

    private CaseCanonicalization() {
    }

    /** Code points whose simple case folding differs from themselves, ascending. */
    static final int[] FOLD_KEYS;
    static final int[] FOLD_VALUES;
    /** Code units whose non-unicode canonical form differs from themselves, ascending. */
    static final int[] UPPER_KEYS;
    static final int[] UPPER_VALUES;

    private static final char[] FOLD_BMP = new char[0x10000];
    private static final char[] UPPER_BMP = new char[0x10000];

    static {
        int[][] fold = UnicodeProperties.decodeMapping(UnicodeTables.SIMPLE_CASE_FOLDING);
        FOLD_KEYS = fold[0];
        FOLD_VALUES = fold[1];
        int[][] upper = UnicodeProperties.decodeMapping(UnicodeTables.UPPERCASE_CANONICAL);
        UPPER_KEYS = upper[0];
        UPPER_VALUES = upper[1];
        for (int c = 0; c < 0x10000; c++) {
            FOLD_BMP[c] = (char) c;
            UPPER_BMP[c] = (char) c;
        }
        for (int i = 0; i < FOLD_KEYS.length && FOLD_KEYS[i] < 0x10000; i++) {
            FOLD_BMP[FOLD_KEYS[i]] = (char) FOLD_VALUES[i];
        }
        for (int i = 0; i < UPPER_KEYS.length; i++) {
            UPPER_BMP[UPPER_KEYS[i]] = (char) UPPER_VALUES[i];
        }
    }

    /** Whether another character canonicalizes like ch, so ch cannot be compared exactly. */
    static boolean hasCaseVariants(int ch, boolean unicode) {
        if (canonicalize(ch, unicode) != ch) {
            return true;
        }
        return Images.of(unicode).contains(ch);
    }

    /** The canonical forms that some other character maps to. */
    private static final class Images {
        static final CodePointSet FOLD = build(FOLD_VALUES);
        static final CodePointSet UPPER = build(UPPER_VALUES);

        static CodePointSet of(boolean unicode) {
            return unicode ? FOLD : UPPER;
        }

        private static CodePointSet build(int[] values) {
            CodePointSet.Builder b = new CodePointSet.Builder();
            for (int v : values) {
                b.add(v);
            }
            return b.build();
        }
    }

    /** Canonicalize(rer, ch). */
    static int canonicalize(int ch, boolean unicode) {
        if (unicode) {
            return ch < 0x10000 ? FOLD_BMP[ch] : foldSupplementary(ch);
        }
        return ch < 0x10000 ? UPPER_BMP[ch] : ch;
    }

    private static int foldSupplementary(int ch) {
        int lo = 0;
        int hi = FOLD_KEYS.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int key = FOLD_KEYS[mid];
            if (key < ch) {
                lo = mid + 1;
            } else if (key > ch) {
                hi = mid - 1;
            } else {
                return FOLD_VALUES[mid];
            }
        }
        return ch;
    }

    /**
     * The set {Canonicalize(a) | a in set}: the members that do not change, plus the images of
     * those that do. Used so a class test is Canonicalize(input) in canonicalize(set).
     */
    static CodePointSet canonicalize(CodePointSet set, boolean unicode) {
        int[] keys = unicode ? FOLD_KEYS : UPPER_KEYS;
        int[] values = unicode ? FOLD_VALUES : UPPER_VALUES;
        CodePointSet.Builder changing = new CodePointSet.Builder();
        CodePointSet.Builder images = new CodePointSet.Builder();
        for (int i = 0; i < keys.length; i++) {
            changing.add(keys[i]);
            if (set.contains(keys[i])) {
                images.add(values[i]);
            }
        }
        return set.minus(changing.build()).union(images.build());
    }
}
