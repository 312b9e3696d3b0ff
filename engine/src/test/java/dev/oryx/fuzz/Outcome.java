package dev.oryx.fuzz;

/**
 * What running a program produced: its printed lines, the name of an uncaught error (from the
 * prelude's {@code $err}, so without its message) and how the run ended.
 */
record Outcome(String output, String uncaught, Status status, Throwable failure) {

    /** How a run ended. */
    enum Status {
        /** Ran to the end, or ended with a JavaScript error. */
        COMPLETED,
        /** Stopped by the time limit (the interrupt hook). */
        TIMEOUT,
        /** The run did not come back even after the interrupt hook asked it to stop. */
        HANG,
        /** The engine reported an internal error: a Java exception inside Oryx. */
        INTERNAL_ERROR,
        /** A Java exception or error (StackOverflowError, OutOfMemoryError...) left the engine. */
        ESCAPED,
        /** The reference engine could not answer (crashed or did not reply). */
        UNAVAILABLE
    }

    /** Output lines kept at most: a runaway program is compared on its beginning. */
    static final int MAX_OUTPUT = 200_000;

    /** The output and, if any, the uncaught error: what two engines must agree on. */
    String transcript() {
        return uncaught == null ? output : output + "<uncaught " + uncaught + ">\n";
    }

    boolean failedInEngine() {
        return status == Status.INTERNAL_ERROR || status == Status.ESCAPED || status == Status.HANG;
    }
}
