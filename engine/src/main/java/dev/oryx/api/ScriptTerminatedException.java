package dev.oryx.api;

/**
 * The end of a script stopped by the host or by a resource limit: JavaScript code cannot catch
 * it, finally blocks do not run, and the context stays usable afterwards (the data the script
 * left in global variables stays too). {@link #reason()} says which of the stops it was.
 *
 * <p>Generators and async functions that were running when the script stopped stay in their
 * executing state: calling them again throws a TypeError ("already running").
 */
public final class ScriptTerminatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a script was stopped. */
    public enum Reason {
        /** {@link JSRuntime#interrupt()} was called. */
        INTERRUPTED,
        /** The interrupt handler ({@link JSRuntime#setInterruptHandler}) returned true. */
        INTERRUPT_HANDLER,
        /** The instruction budget of {@link JSRuntime.Builder#instructionLimit} ran out. */
        INSTRUCTION_LIMIT,
        /** The wall-clock limit of {@link JSRuntime.Builder#timeLimit} passed. */
        TIME_LIMIT,
        /** The script kept more memory than {@link JSRuntime.Builder#memoryLimit} after a RangeError told it so. */
        MEMORY_LIMIT,
        /** The runtime was closed while the script ran. */
        CLOSED
    }

    private final Reason reason;

    /** A stop requested by the host ({@link Reason#INTERRUPTED}). */
    public ScriptTerminatedException(String message) {
        this(message, Reason.INTERRUPTED);
    }

    /** A stop with the given message and reason. */
    public ScriptTerminatedException(String message, Reason reason) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** Which stop ended the script. */
    public Reason reason() {
        return reason;
    }
}
