package dev.oryx.regexp;

/**
 * A compiled character class: a bitmap for Latin-1 and sorted ranges above it. With ignoreCase
 * the set is already canonicalized and the input character is canonicalized before the test
 * (22.2.2.7.4 CharacterSetMatcher).
 */
final class CharClassMatcher {

    private final long[] latin1 = new long[4];
    private final int[] ranges;
    private final boolean negated;
    private final boolean ignoreCase;
    private final boolean unicode;
    private final CodePointSet set;

    CharClassMatcher(CodePointSet set, boolean negated, boolean ignoreCase, boolean unicode) {
        this.set = set;
        this.negated = negated;
        this.ignoreCase = ignoreCase;
        this.unicode = unicode;
        int[] r = set.ranges();
        int firstAbove = 0;
        for (int i = 0; i < r.length; i += 2) {
            for (int c = r[i]; c < Math.min(r[i + 1], 256); c++) {
                latin1[c >> 6] |= 1L << c;
            }
            if (r[i + 1] <= 256) {
                firstAbove = i + 2;
            }
        }
        // Ranges straddling 255/256 stay in the range list; lookups below 256 use the bitmap.
        int[] rest = new int[r.length - firstAbove];
        System.arraycopy(r, firstAbove, rest, 0, rest.length);
        this.ranges = rest;
    }

    boolean matches(int c) {
        if (ignoreCase) {
            c = CaseCanonicalization.canonicalize(c, unicode);
        }
        return contains(c) != negated;
    }

    private boolean contains(int c) {
        if (c < 256) {
            return (latin1[c >> 6] & (1L << c)) != 0;
        }
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (c >= ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** For the disassembler, e.g. {@code [^a-z] i}. */
    @Override
    public String toString() {
        String s = set.toString();
        if (negated) {
            s = "[^" + s.substring(1);
        }
        return ignoreCase ? s + " i" : s;
    }
}
