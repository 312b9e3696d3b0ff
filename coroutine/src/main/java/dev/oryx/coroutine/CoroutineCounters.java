package dev.oryx.coroutine;

/**
 * A snapshot of a manager's counters (the original had {@code waiting_count} and
 * {@code total_resumed}). Every registered wait ends exactly once, so once nothing runs:
 * {@code waits == waiting + resumed + cancelled + timedOut + closed}.
 *
 * @param sessionsIssued sessions handed out by {@code newSession}
 * @param waiting generators waiting now
 * @param waits waits registered in total
 * @param resumed waits ended by {@code resume} or {@code resumeWithError}
 * @param cancelled waits ended by {@code cancel}
 * @param timedOut waits ended by their deadline
 * @param closed waits ended by {@code close}
 * @param unknownSession resumptions and cancels of sessions nobody waited on (late replies)
 * @param uncaughtErrors errors generators threw out of a resumption
 * @param inFlight waits already ended whose resumption has not finished running (queued for the
 *     owner thread, or running now); a wait is always either waiting or in flight until its step ran
 */
public record CoroutineCounters(long sessionsIssued, int waiting, long waits, long resumed, long cancelled, long timedOut, long closed,
    long unknownSession, long uncaughtErrors, int inFlight) {
}
