package dev.oryx.coroutine;

/**
 * A generator waiting on a session, for tracing ({@link CoroutineManager#pending()}).
 *
 * @param session the session
 * @param serviceId the owner tag given to {@code wait}
 * @param waitingMillis how long it has waited
 * @param timeoutMillis its deadline after registration, or 0 for none
 * @param suspendedAt where the generator body waits, "name (file:line:column)", or null
 * @param attachment the host's data given to {@code wait}, or null
 */
public record PendingWait(long session, int serviceId, long waitingMillis, long timeoutMillis, String suspendedAt, Object attachment) {
}
