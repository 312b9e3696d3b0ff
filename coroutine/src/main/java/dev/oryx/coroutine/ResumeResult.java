package dev.oryx.coroutine;

import dev.oryx.runtime.Undefined;

/**
 * What a resumption of a waiting generator did, as {@code JS_CoroutineResume} reported it, plus
 * {@link Status#QUEUED} for a resumption handed to the owner thread.
 *
 * @param status what happened
 * @param value the yielded value ({@link Status#YIELDED}), the return value ({@link Status#DONE}),
 *     the thrown JavaScript value ({@link Status#THREW}), else undefined
 */
public record ResumeResult(Status status, Object value) {
    /** The outcome of one resumption. */
    public enum Status {
        /** The generator ran to its next {@code yield}; {@link #value()} is the yielded value. */
        YIELDED,
        /** The generator completed; {@link #value()} is its return value. */
        DONE,
        /** The generator threw; {@link #value()} is the thrown value (also given to the uncaught-error listener). */
        THREW,
        /** No generator waits on the session: never issued, already resumed, cancelled, timed out or closed. */
        NO_WAITER,
        /**
         * The session was taken and the resumption queued to the manager's owner thread (the caller is
         * another thread, or the generator is running); the outcome goes to the listeners.
         */
        QUEUED
    }

    /** The result for a session nobody waits on. */
    public static final ResumeResult NO_WAITER = new ResumeResult(Status.NO_WAITER, Undefined.INSTANCE);
    /** The result for a resumption that will run on the owner thread. */
    public static final ResumeResult QUEUED = new ResumeResult(Status.QUEUED, Undefined.INSTANCE);

    /** The code {@code __coroutine_resume} returns: 0 resumed (or queued), -1 no waiter, -2 threw. */
    public int code() {
        return switch (status) {
            case YIELDED, DONE, QUEUED -> 0;
            case NO_WAITER -> -1;
            case THREW -> -2;
        };
    }
}
