package dev.oryx.coroutine;

/** The outcome of {@link CoroutineManager#wait}: registered, or why not ({@code __coroutine_wait} returns 0 or -1). */
public enum WaitStatus {
    /** The generator now waits on the session. */
    REGISTERED,
    /** The value is not a generator object made by a generator function (async generators are not). */
    NOT_A_GENERATOR,
    /** The session was never issued by this manager. */
    UNKNOWN_SESSION,
    /**
     * The session already had its waiter: it waits now, or it was consumed by a resume, cancel,
     * timeout or close; also a session older than the manager's session window.
     */
    SESSION_USED,
    /** The limit of outstanding waits ({@link CoroutineOptions#maxOutstandingWaits()}) is reached. */
    LIMIT_REACHED;

    /** The code {@code __coroutine_wait} returns: 0 registered, -1 otherwise. */
    public int code() {
        return this == REGISTERED ? 0 : -1;
    }
}
