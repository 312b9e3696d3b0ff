package dev.oryx.service;

/**
 * A call (or sleep, or awaited promise) a service's generator waits on, for {@code jtask.pending()}.
 *
 * @param target the callee's name ("sleep" and "promise" for those waits)
 * @param method the method called ("" for sleeps and promises)
 * @param startNanos when the wait began
 */
record Outgoing(String target, String method, long startNanos) {
}
