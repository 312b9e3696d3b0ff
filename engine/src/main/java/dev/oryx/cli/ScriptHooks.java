package dev.oryx.cli;

import dev.oryx.api.JSContext;

/**
 * What a {@link CliExtension} adds around an ordinary script run ({@link Main#runFile}): globals
 * before the script, host work once the event loop is idle, cleanup at the end. JavaScript errors
 * thrown from a hook are reported like the script's own (exit status 1).
 */
public interface ScriptHooks {
    /** No additions: the plain {@code oryx FILE} run. */
    ScriptHooks NONE = new ScriptHooks() {
    };

    /** Before the script runs: install globals in its context. */
    default void prepare(JSContext cx) {
    }

    /**
     * Called when the event loop has no job and no timer left: runs pending host work; returns
     * true when it ran JavaScript, so the loop runs again.
     */
    default boolean idle(JSContext cx) throws InterruptedException {
        return false;
    }

    /**
     * Called once at the end, after success or error, with the context still open; returns an
     * exit status that replaces a successful 0 (for errors the hook reported itself), else 0.
     */
    default int finish(JSContext cx) {
        return 0;
    }
}
