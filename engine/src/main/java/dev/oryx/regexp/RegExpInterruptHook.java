package dev.oryx.regexp;

/**
 * Called by the matcher every few thousand steps so the host can stop a runaway match (for
 * example {@code /(a+)+$/} against 40 'a's and a 'b'). Any {@link RuntimeException} it throws
 * propagates out of {@link RegExpMatcher} unchanged.
 */
@FunctionalInterface
public interface RegExpInterruptHook {

    /** @param stepsSinceLastPoll matcher steps (instructions and backtracks) since the last call */
    void poll(long stepsSinceLastPoll);
}
