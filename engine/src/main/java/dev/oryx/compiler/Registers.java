package dev.oryx.compiler;

import java.util.BitSet;

/**
 * Register allocation of one function: a stack discipline. Bindings take registers when their
 * scope is entered and give them back when it is left; temporaries are taken and freed in LIFO
 * order above them. {@link #free} ignores registers that are not temporaries.
 */
final class Registers {
    private int next;
    private int max;
    private final BitSet temps = new BitSet();

    /** Reserves a register for a binding. */
    int binding() {
        int r = next++;
        max = Math.max(max, next);
        return r;
    }

    /** A temporary; give it back with {@link #free}. */
    int temp() {
        int r = next++;
        temps.set(r);
        max = Math.max(max, next);
        return r;
    }

    /** {@code n} consecutive temporaries; returns the first. */
    int temps(int n) {
        int first = next;
        for (int i = 0; i < n; i++) {
            temp();
        }
        return first;
    }

    boolean isTemp(int r) {
        return temps.get(r);
    }

    /** Frees {@code r} if it is the most recent temporary (LIFO); other registers are left alone. */
    void free(int r) {
        if (temps.get(r)) {
            if (r != next - 1) {
                throw new IllegalStateException("temporaries freed out of order: r" + r + ", top r" + (next - 1));
            }
            temps.clear(r);
            next--;
        }
    }

    /** Frees temporaries {@code first} .. top. */
    void freeFrom(int first) {
        while (next > first) {
            next--;
            temps.clear(next);
        }
    }

    int mark() {
        return next;
    }

    /** Returns to a mark (leaving a scope): every register above it is free again. */
    void reset(int mark) {
        while (next > mark) {
            next--;
            temps.clear(next);
        }
    }

    int max() {
        return max;
    }
}
