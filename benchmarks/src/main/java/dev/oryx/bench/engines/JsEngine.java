package dev.oryx.bench.engines;

/**
 * One JavaScript engine behind the few operations the benchmarks need, so that every engine runs
 * exactly the same workload source the same way: evaluate a file in a fresh global scope, look up
 * a global function once, call it many times.
 *
 * <p>An engine instance is used by one thread at a time (JMH's benchmark thread); it is not
 * shared between threads concurrently.
 */
public interface JsEngine extends AutoCloseable {

    /** A global function looked up once and called without arguments. */
    @FunctionalInterface
    interface Function {
        /** Calls the function; returns whatever the engine returns (only consumed, never inspected). */
        Object call();
    }

    /** The identifier used in benchmark parameters ("oryx", "rhino-compiled"...). */
    String id();

    /** Evaluates a script in this engine's global scope; its declarations become globals. */
    void eval(String source, String fileName);

    /** The global function of that name, or null when there is none. */
    Function function(String name);

    /**
     * Runs the pending promise jobs (the microtask queue) until it is empty.
     *
     * @throws UnsupportedOperationException when the engine gives the host no way to do it
     */
    void runJobs();

    /**
     * Parses and compiles a script without running it, bypassing any source or code cache, and
     * returns the engine's compiled form (only consumed). Engines differ in how much they compile
     * up front: see the README.
     */
    Object compile(String source, String fileName);

    /** Creates a new realm (global object with the standard library), evaluates source in it, and discards it. */
    Object evalInNewRealm(String source);

    @Override
    void close();
}
