package dev.oryx.service;

/**
 * A snapshot of one service's counters.
 *
 * @param id the service id
 * @param name the service name
 * @param messages messages handled (requests, sends, replies)
 * @param mailboxLength messages waiting in the mailbox now
 * @param pendingSessions generator waits of the service now (outgoing calls, sleeps, awaited promises)
 * @param inboundPending requests being handled and not yet answered (suspended generator or async handlers)
 * @param timeouts outgoing calls that timed out
 * @param errors handler errors (replied to the caller, or logged for sends)
 * @param lateReplies replies that arrived after their call ended (timed out or cancelled) and were dropped
 * @param busyRejections requests refused because this service's mailbox was full
 */
public record ServiceCounters(int id, String name, long messages, int mailboxLength, int pendingSessions, int inboundPending, long timeouts,
    long errors, long lateReplies, long busyRejections) {
}
