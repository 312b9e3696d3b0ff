package dev.oryx.object;

import dev.oryx.runtime.Symbol;

/**
 * Property keys. A key is a {@link String} (a name that is not an array index), a
 * {@link Symbol}, or an array index: an {@link Integer} for 0..2^31-1 and a {@link Long} for
 * 2^31..2^32-2. Array indices are kept numeric so that integer-keyed properties live in element
 * storage and come first, in ascending order, in OwnPropertyKeys (10.1.11.1).
 */
public final class PropertyKey {
    private PropertyKey() {
    }

    /** The largest array index, 2^32 - 2. */
    public static final long MAX_INDEX = 4294967294L;

    public static boolean isIndex(Object key) {
        return key instanceof Integer || key instanceof Long;
    }

    public static long index(Object key) {
        return key instanceof Integer i ? i : (Long) key;
    }

    /** The key for array index {@code i} (0 <= i <= 2^32-2). */
    public static Object fromIndex(long i) {
        return i <= Integer.MAX_VALUE ? (Object) Integer.valueOf((int) i) : (Object) Long.valueOf(i);
    }

    /** A string as a key: canonical array-index strings ("0", "42", not "01" or "4294967295") become indices. */
    public static Object fromString(String s) {
        long index = arrayIndex(s);
        return index >= 0 ? fromIndex(index) : s;
    }

    /** The array index denoted by {@code s} (CanonicalNumericIndexString restricted to 0..2^32-2), or -1. */
    public static long arrayIndex(String s) {
        int n = s.length();
        if (n == 0 || n > 10) {
            return -1;
        }
        char c0 = s.charAt(0);
        if (c0 < '0' || c0 > '9' || (c0 == '0' && n > 1)) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= MAX_INDEX ? v : -1;
    }

    /** The key as a string (for function names, messages): indices in decimal, symbols as {@code [desc]}. */
    public static String toDisplayString(Object key) {
        if (key instanceof Symbol s) {
            return s.description() == null ? "" : "[" + s.description() + "]";
        }
        return String.valueOf(key);
    }

    /** Equality of two keys (strings by value, symbols by identity, indices by value). */
    public static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String sa) {
            return b instanceof String sb && sa.equals(sb);
        }
        if (isIndex(a)) {
            return isIndex(b) && index(a) == index(b);
        }
        return false;
    }
}
