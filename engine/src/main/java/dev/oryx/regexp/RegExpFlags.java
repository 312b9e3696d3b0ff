package dev.oryx.regexp;

/**
 * The flags of a regular expression (ECMA-262 22.2.3.1 RegExpInitialize steps 4-5): any of
 * {@code d g i m s u y}, each at most once. The {@code v} flag (ES2024) is not supported.
 */
public final class RegExpFlags {

    private static final String CANONICAL_ORDER = "dgimsuy";

    private static final int HAS_INDICES = 1;
    private static final int GLOBAL = 1 << 1;
    private static final int IGNORE_CASE = 1 << 2;
    private static final int MULTILINE = 1 << 3;
    private static final int DOT_ALL = 1 << 4;
    private static final int UNICODE = 1 << 5;
    private static final int STICKY = 1 << 6;

    private final int bits;

    private RegExpFlags(int bits) {
        this.bits = bits;
    }

    /**
     * Parses a flags string.
     *
     * @throws RegExpSyntaxException "Invalid regular expression flags" for an unknown or repeated flag
     */
    public static RegExpFlags parse(String flags) {
        int bits = 0;
        for (int i = 0; i < flags.length(); i++) {
            int index = CANONICAL_ORDER.indexOf(flags.charAt(i));
            if (index < 0 || (bits & (1 << index)) != 0) {
                throw RegExpSyntaxException.invalidFlags();
            }
            bits |= 1 << index;
        }
        return new RegExpFlags(bits);
    }

    /** {@code d}: match indices are requested. */
    public boolean hasIndices() {
        return (bits & HAS_INDICES) != 0;
    }

    /** {@code g}. */
    public boolean global() {
        return (bits & GLOBAL) != 0;
    }

    /** {@code i}. */
    public boolean ignoreCase() {
        return (bits & IGNORE_CASE) != 0;
    }

    /** {@code m}: {@code ^} and {@code $} also match at line terminators. */
    public boolean multiline() {
        return (bits & MULTILINE) != 0;
    }

    /** {@code s}: {@code .} also matches line terminators. */
    public boolean dotAll() {
        return (bits & DOT_ALL) != 0;
    }

    /** {@code u}: the pattern is matched by code points. */
    public boolean unicode() {
        return (bits & UNICODE) != 0;
    }

    /** {@code y}. */
    public boolean sticky() {
        return (bits & STICKY) != 0;
    }

    /** The flags in the canonical order {@code dgimsuy}, as RegExp.prototype.flags returns them. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(7);
        for (int i = 0; i < CANONICAL_ORDER.length(); i++) {
            if ((bits & (1 << i)) != 0) {
                sb.append(CANONICAL_ORDER.charAt(i));
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegExpFlags f && f.bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }
}
