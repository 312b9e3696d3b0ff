package dev.oryx.service;

/** One run of a handler (or a detached {@code jtask.request}): who waits for its outcome. */
final class Invocation {
    /** A request from another service or the host: the outcome is replied. */
    static final byte REQUEST = 0;
    /** A send: the outcome is dropped, an error is logged. */
    static final byte SEND = 1;
    /** The generator behind a {@code jtask.request}: its outcome settles {@link #promise}. */
    static final byte DETACHED = 2;

    /** A byte, so the caller reference costs no extra 8 bytes per pending call. */
    final byte kind;
    final int from;
    final long session;
    final String method;
    /** The promise of a detached request, settled with the generator's outcome. */
    final dev.oryx.interp.JSPromise promise;
    /** The calling service, when known (a request from a service): replies skip the lookup by id. */
    Service caller;
    /** Set once the outcome is replied (or the failure reported): a call is answered exactly once. */
    boolean done;

    Invocation(byte kind, int from, long session, String method) {
        this(kind, from, session, method, null);
    }

    Invocation(byte kind, int from, long session, String method, dev.oryx.interp.JSPromise promise) {
        this.kind = kind;
        this.from = from;
        this.session = session;
        this.method = method;
        this.promise = promise;
    }
}
