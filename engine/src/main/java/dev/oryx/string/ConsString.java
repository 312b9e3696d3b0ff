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
 * <p>A rope that is extended again becomes an <em>append buffer</em> ({@link #concat}): its
 * characters are copied once into a {@link StringBuilder}, and each later {@code rope + piece}
 * whose rope is the buffer's longest value appends the piece to that same builder and makes a
 * node that is its first {@code length} characters. Earlier values stay valid (the builder only
 * grows; each is a prefix of it), and a value that is extended a second time, once the buffer
 * has grown past it, gets a tree node as before. {@code s += piece} in a loop then copies each
 * piece once, into memory that stays contiguous, instead of building a chain that a flatten
 * walks node by node.
 *
 * <p>A rope belongs to the heap of one runtime and, like all its values, is used by one thread at
 * a time, so flattening and appending need no synchronization.
 */
public final class ConsString implements CharSequence {
    /**
     * The shortest concatenation kept as a rope. The system property {@code oryx.ropeMinLength}
     * lowers it (to 1 makes every concatenation a rope) so that tests can drive ropes through
     * every path; it is read once.
     */
    public static final int MIN_LENGTH = Math.max(1, Integer.getInteger("oryx.ropeMinLength", 256));

    /** The halves (String or ConsString) of a tree node until flattened or buffered; then null, so the pieces can be collected. */
    private CharSequence left;
    private CharSequence right;
    /** The append buffer whose first {@link #length} characters are this value, or null for a tree node. */
    private StringBuilder buffer;
    /**
     * A tree node that may become a buffer: one whose left half is flat. A node made because its
     * left half, a rope, could not take the piece in place (an older value extended again, or a
     * node of such a lineage) stays a tree node: turning it into a buffer would copy the text so
     * far again at each such step, which a loop that extends a value and also derives another
     * from it would do at every iteration.
     */
    private final boolean mayBuffer;
    private String flat;
    private final int length;

    /** A rope of {@code left} then {@code right}; {@link Operators#concat} decides when one is worth it. */
    public ConsString(CharSequence left, CharSequence right) {
        this.left = left;
        this.right = right;
        this.length = left.length() + right.length();
        this.mayBuffer = !(left instanceof ConsString);
    }

    private ConsString(StringBuilder buffer, int length) {
        this.buffer = buffer;
        this.length = length;
        this.mayBuffer = true;
    }

    /**
     * {@code a + b} for a concatenation {@link Operators#concat} keeps as a rope: appended to
     * {@code a}'s buffer when {@code a} is a rope that has one or may get one (on its first
     * extension) and no longer value was appended to that buffer yet, else a tree node.
     */
    public static ConsString concat(CharSequence a, CharSequence b) {
        if (a instanceof ConsString c) {
            StringBuilder buf = c.buffer;
            if (buf == null && c.mayBuffer) {
                buf = c.toBuffer(b.length());
            }
            if (buf != null && buf.length() == c.length) {
                int total = c.length + b.length();
                if (total > buf.capacity()) {
                    MemoryAccount.reserveChars(Math.max(total, 2L * buf.capacity()));
                }
                buf.append(flat(b));
                return new ConsString(buf, total);
            }
        }
        return new ConsString(a, b);
    }

    /** True when both values are prefixes of one append buffer (for tests). */
    boolean sharesBufferWith(ConsString other) {
        return buffer != null && buffer == other.buffer;
    }

    /** True when this value is a prefix of an append buffer (for tests). */
    boolean buffered() {
        return buffer != null;
    }

    /** Makes this value a buffer of its characters, with room for {@code more}, and returns the buffer. */
    private StringBuilder toBuffer(int more) {
        int capacity = (int) Math.min(Operators.MAX_STRING_LENGTH, Math.max(16L, 2L * ((long) length + more)));
        MemoryAccount.reserveChars(capacity);
        StringBuilder buf = new StringBuilder(capacity);
        if (flat != null) {
            buf.append(flat);
        } else {
            appendTree(buf);
        }
        buffer = buf;
        left = null;
        right = null;
        return buf;
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
        if (buffer != null) {
            f = buffer.substring(0, length); // the buffer stays: this value may still be extended in place
        } else {
            StringBuilder sb = new StringBuilder(length);
            appendTree(sb);
            f = sb.toString();
            left = null;
            right = null;
        }
        flat = f;
        return f;
    }

    /** Appends the characters of this tree node to {@code sb}. */
    private void appendTree(StringBuilder sb) {
        // Depth-first, left to right, with an explicit stack: a chain of tree nodes may be as deep
        // as the concatenations that made it. Right halves wait on the stack while the left spine is walked.
        java.util.ArrayDeque<CharSequence> pending = new java.util.ArrayDeque<>();
        CharSequence node = this;
        for (;;) {
            if (node instanceof ConsString c && c.flat == null && c.buffer == null) {
                pending.push(c.right);
                node = c.left;
                continue;
            }
            if (node instanceof ConsString c) {
                if (c.flat != null) {
                    sb.append(c.flat);
                } else {
                    sb.append(c.buffer, 0, c.length);
                }
            } else {
                sb.append((String) node);
            }
            if (pending.isEmpty()) {
                break;
            }
            node = pending.pop();
        }
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
