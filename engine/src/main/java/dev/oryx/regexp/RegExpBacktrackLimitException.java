package dev.oryx.regexp;

/**
 * The matcher's backtrack stack outgrew its limit ({@value RegExpMatcher#MAX_BACKTRACK_STACK}
 * ints). The engine reports it as a {@code RangeError} rather than letting the JVM run out of
 * memory.
 */
public final class RegExpBacktrackLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RegExpBacktrackLimitException() {
        super("Maximum regular expression backtrack stack size exceeded", null, false, false);
    }
}
