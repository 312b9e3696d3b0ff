package dev.oryx.grammar;

import java.util.Arrays;

/**
 * The names of one source text, each made a String once: every occurrence of an identifier gets
 * the same instance (an open-addressing table keyed by the characters). Without it each identifier
 * token was a fresh substring of the source, which for a UTF-16 source is also a scan that tries
 * to compress it to Latin-1; that was a fifth of the AST builder's allocation.
 *
 * <p>The characters of the names are copied one after the other into one pool: a probe compares
 * with that small array, not with the name's first occurrence in the source, which in a large
 * source is seldom in the cache any more. The hash, pool offset and length of a slot sit side by
 * side in one int array, so a probe reads one place before it compares characters (parallel
 * arrays and a char array per name were a cache miss or two per identifier).
 */
final class NameTable {
    private static final int INITIAL = 1024;
    /** A table grown past this is dropped at {@link #clear()} rather than kept for the next source. */
    private static final int KEPT = 1 << 14;

    private String[] names = new String[INITIAL];
    /** Per slot: hash, offset in {@link #pool} and length of the name. */
    private int[] keys = new int[INITIAL * 3];
    private int count;
    /** The characters of the names, one after the other. */
    private char[] pool = new char[INITIAL * 8];
    private int poolSize;

    /** Forgets the names of the last source. */
    void clear() {
        if (names.length > KEPT) {
            names = new String[INITIAL];
            keys = new int[INITIAL * 3];
            pool = new char[INITIAL * 8];
        } else if (count > 0) {
            Arrays.fill(names, null);
        }
        count = 0;
        poolSize = 0;
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
        int length = end - start;
        int i = (h ^ (h >>> 16)) & mask;
        while (true) {
            String s = names[i];
            if (s == null) {
                s = new String(cs, start, length);
                names[i] = s;
                if (poolSize + length > pool.length) {
                    pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
                }
                System.arraycopy(cs, start, pool, poolSize, length);
                keys[3 * i] = h;
                keys[3 * i + 1] = poolSize;
                keys[3 * i + 2] = length;
                poolSize += length;
                if (++count * 2 > names.length) {
                    grow();
                }
                return s;
            }
            if (keys[3 * i] == h && keys[3 * i + 2] == length && sameChars(pool, keys[3 * i + 1], cs, start, length)) {
                return s;
            }
            i = (i + 1) & mask;
        }
    }

    /** Names are short: a plain loop beats the setup of a vectorized comparison. */
    private static boolean sameChars(char[] pool, int a, char[] cs, int b, int length) {
        for (int k = 0; k < length; k++) {
            if (pool[a + k] != cs[b + k]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldNames = names;
        int[] oldKeys = keys;
        names = new String[oldNames.length * 2];
        keys = new int[names.length * 3];
        int mask = names.length - 1;
        for (int k = 0; k < oldNames.length; k++) {
            if (oldNames[k] != null) {
                int h = oldKeys[3 * k];
                int i = (h ^ (h >>> 16)) & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = oldNames[k];
                System.arraycopy(oldKeys, 3 * k, keys, 3 * i, 3);
            }
        }
    }
}
