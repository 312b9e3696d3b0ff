package dev.oryx.service;

/**
 * A message in a service's mailbox. The payload is a heap-neutral form ({@link StructuredClone}),
 * or a {@link Failure}. Compared by identity (a mailbox removes exactly the message it was given).
 */
final class Message {
    /** A call: the receiver runs {@link #method} and replies to {@code (from, session)}. */
    static final int REQUEST = 0;
    /** A call without reply ({@code jtask.send}). */
    static final int SEND = 1;
    /** The reply to the sender's session. */
    static final int RESPONSE = 2;
    /** The failure of the sender's session: the payload is a {@link Failure}. */
    static final int FAILURE = 3;

    final int kind;
    /** The sending service, 0 for the host (Java). */
    final int from;
    final long session;
    final String method;
    final Object payload;
    /** The sending service when it is a request from a service (its reply goes there without a lookup by id), else null. */
    final Service sender;

    Message(int kind, int from, long session, String method, Object payload) {
        this(kind, from, session, method, payload, null);
    }

    Message(int kind, int from, long session, String method, Object payload, Service sender) {
        this.sender = sender;
        this.kind = kind;
        this.from = from;
        this.session = session;
        this.method = method;
        this.payload = payload;
    }

    /** Requests and sends count against the mailbox bound; replies never do, so an answer is never refused. */
    boolean bounded() {
        return kind == REQUEST || kind == SEND;
    }
}
