package dev.oryx.string;

import dev.oryx.runtime.MemoryAccount;
import dev.oryx.runtime.Operators;

/**
 * A String value made by concatenation and not yet copied into one Java {@link String}: a rope
 * node holding its two halves. {@code s += piece} in a loop builds a left-leaning chain of these
 * in time proportional to the pieces, where copying the whole text at every step is quadratic.
 *
 * <p>It is a JavaScript String value like {@link String} (typeof "string", compared by contents);
 * every consumer that needs the characters calls {@link #flatten()}, which copies once and keeps
 * the result. Only {@link Operators#concat} makes ropes, and only for results of at least
 * {@link #MIN_LENGTH} code units: short strings stay flat because copying them is cheaper than a
 * node. Property keys are never ropes ({@link Conversions#toPropertyKey} flattens) and native
 * functions receive flat strings (see {@link dev.oryx.object.NativeFunction}).
 *
 * <p>A rope belongs to the heap of one runtime and, like all its values, is used by one thread at
 * a time, so flattening needs no synchronization.
 */
public final class ConsString implements CharSequence {
    /**
     * The shortest concatenation kept as a rope. The system property {@code oryx.ropeMinLength}
     * lowers it (to 1 makes every concatenation a rope) so that tests can drive ropes through
     * every path; it is read once.
     */
    public static final int MIN_LENGTH = Math.max(1, Integer.getInteger("oryx.ropeMinLength", 256));

    /** The halves (String or ConsString) until flattened; then null, so the pieces can be collected. */
    private CharSequence left;
    private CharSequence right;
    private String flat;
    private final int length;

    /** A rope of {@code left} then {@code right}; {@link Operators#concat} decides when one is worth it. */
    public ConsString(CharSequence left, CharSequence right) {
        this.left = left;
        this.right = right;
        this.length = left.length() + right.length();
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return flatten().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return flatten().substring(start, end);
    }

    /** The characters as one String, copied on the first call (iteratively: chains may be deep). */
    public String flatten() {
        String f = flat;
        if (f != null) {
            return f;
        }
        MemoryAccount.reserveChars(length);
        StringBuilder sb = new StringBuilder(length);
        // Depth-first, left to right, with an explicit stack: a loop of += makes a chain as deep as
        // its iterations. Right halves wait on the stack while the left spine is walked.
        java.util.ArrayDeque<CharSequence> pending = new java.util.ArrayDeque<>();
        CharSequence node = this;
        for (;;) {
            if (node instanceof ConsString c && c.flat == null) {
                pending.push(c.right);
                node = c.left;
                continue;
            }
            sb.append(node instanceof ConsString c ? c.flat : (String) node);
            if (pending.isEmpty()) {
                break;
            }
            node = pending.pop();
        }
        f = sb.toString();
        flat = f;
        left = null;
        right = null;
        return f;
    }

    /** A String value (String or ConsString) as a Java String. */
    public static String flat(Object stringValue) {
        return stringValue instanceof ConsString c ? c.flatten() : (String) stringValue;
    }

    /** {@code v} with a rope replaced by its flat String; other values unchanged. */
    public static Object flatIfRope(Object v) {
        return v instanceof ConsString c ? c.flatten() : v;
    }

    @Override
    public String toString() {
        return flatten();
    }
}
