package dev.oryx.service;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Settings of a {@link ServiceRuntime}.
 *
 * @param workers worker threads (default: available processors - 1, at least 1)
 * @param mailboxCapacity queued requests and sends per service before callers get {@code ServiceBusyError} (default 4,096)
 * @param callTimeout the default timeout of a call (default 30 s; zero: none); {@code {timeout}} overrides it per call
 * @param maxPendingCalls generator waits per service at once (default 65,536)
 * @param turnBudget messages a service handles before its worker moves on to another service (default 64)
 * @param out where {@code print}, {@code console.log} and {@code jtask.log} write
 * @param err where errors are reported
 */
public record ServiceOptions(int workers, int mailboxCapacity, Duration callTimeout, int maxPendingCalls, int turnBudget, PrintStream out,
    PrintStream err) {
    public ServiceOptions {
        if (workers < 1 || mailboxCapacity < 1 || maxPendingCalls < 1 || turnBudget < 1) {
            throw new IllegalArgumentException("workers, mailboxCapacity, maxPendingCalls and turnBudget must be positive");
        }
        if (callTimeout == null || callTimeout.isNegative()) {
            throw new IllegalArgumentException("callTimeout must be zero or positive");
        }
    }

    /** The defaults. */
    public static ServiceOptions defaults() {
        return new ServiceOptions(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 4096, Duration.ofSeconds(30), 65_536, 64,
            System.out, System.err);
    }

    public ServiceOptions withWorkers(int n) {
        return new ServiceOptions(n, mailboxCapacity, callTimeout, maxPendingCalls, turnBudget, out, err);
    }

    public ServiceOptions withMailboxCapacity(int n) {
        return new ServiceOptions(workers, n, callTimeout, maxPendingCalls, turnBudget, out, err);
    }

    public ServiceOptions withCallTimeout(Duration d) {
        return new ServiceOptions(workers, mailboxCapacity, d, maxPendingCalls, turnBudget, out, err);
    }

    public ServiceOptions withMaxPendingCalls(int n) {
        return new ServiceOptions(workers, mailboxCapacity, callTimeout, n, turnBudget, out, err);
    }

    public ServiceOptions withTurnBudget(int n) {
        return new ServiceOptions(workers, mailboxCapacity, callTimeout, maxPendingCalls, n, out, err);
    }

    public ServiceOptions withOutput(PrintStream o, PrintStream e) {
        return new ServiceOptions(workers, mailboxCapacity, callTimeout, maxPendingCalls, turnBudget, o, e);
    }
}
