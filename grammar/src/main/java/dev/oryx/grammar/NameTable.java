package dev.oryx.grammar;

/**
 * The names of one source text, each made a String once: every occurrence of an identifier gets
 * the same instance (an open-addressing table keyed by the characters). Without it each identifier
 * token was a fresh substring of the source, which for a UTF-16 source is also a scan that tries
 * to compress it to Latin-1; that was a fifth of the AST builder's allocation.
 */
final class NameTable {
    private static final int INITIAL = 1024;

    private String[] names = new String[INITIAL];
    /** The characters of each name (compared as arrays: cheaper than String.charAt). */
    private char[][] keys = new char[INITIAL][];
    private int[] hashes = new int[INITIAL];
    private int count;

    /** Forgets the names of the last source. */
    void clear() {
        if (names.length > INITIAL) {
            names = new String[INITIAL];
            keys = new char[INITIAL][];
            hashes = new int[INITIAL];
        } else {
            java.util.Arrays.fill(names, null);
            java.util.Arrays.fill(keys, null);
        }
        count = 0;
    }

    /** The name made of {@code cs[start..end)}. */
    String name(char[] cs, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + cs[i];
        }
        return name(cs, start, end, h);
    }

    /** The name made of {@code cs[start..end)}, whose String hash code is {@code h}. */
    String name(char[] cs, int start, int end, int h) {
        int mask = names.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        while (true) {
            String s = names[i];
            if (s == null) {
                s = new String(cs, start, end - start);
                names[i] = s;
                keys[i] = java.util.Arrays.copyOfRange(cs, start, end);
                hashes[i] = h;
                if (++count * 2 > names.length) {
                    grow();
                }
                return s;
            }
            if (hashes[i] == h && FastScanner.sameChars(cs, start, end, keys[i])) {
                return s;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        String[] oldNames = names;
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        names = new String[oldNames.length * 2];
        keys = new char[oldNames.length * 2][];
        hashes = new int[oldNames.length * 2];
        int mask = names.length - 1;
        for (int k = 0; k < oldNames.length; k++) {
            if (oldNames[k] != null) {
                int h = oldHashes[k];
                int i = (h ^ (h >>> 16)) & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = oldNames[k];
                keys[i] = oldKeys[k];
                hashes[i] = h;
            }
        }
    }
}
