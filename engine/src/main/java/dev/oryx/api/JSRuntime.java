package dev.oryx.api;

import dev.oryx.interp.ExecutionStack;

/**
 * A JavaScript runtime: one thread of execution (an agent) and the contexts (realms) created in
 * it. Contexts of one runtime share its execution stack and must be used by one thread at a
 * time; different runtimes are independent and may run in parallel.
 */
public final class JSRuntime implements AutoCloseable {
    final ExecutionStack stack = new ExecutionStack();
    private volatile boolean closed;

    public JSRuntime() {
    }

    /** A new context: a fresh realm with the standard built-ins. */
    public JSContext newContext() {
        if (closed) {
            throw new IllegalStateException("runtime is closed");
        }
        return new JSContext(this);
    }

    /** Asks the script running in this runtime to stop (from any thread); it ends with {@link ScriptTerminatedException}. */
    public void interrupt() {
        stack.interrupt("Script terminated by interrupt");
    }

    /** A hook polled during execution: returning true stops the running script. */
    public void setInterruptHandler(java.util.function.BooleanSupplier handler) {
        stack.interruptHandler = handler;
    }

    /** Maximum depth of JavaScript calls (a RangeError beyond). */
    public void setMaxStackDepth(int depth) {
        stack.maxDepth = depth;
    }

    @Override
    public void close() {
        closed = true;
    }
}
