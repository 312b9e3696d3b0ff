package dev.oryx.coroutine;

import dev.oryx.api.JSException;

/**
 * Receives the errors generators throw out of a resumption, so that none is lost (the original
 * returned -2 and dropped the exception). Called on the owner thread. Without a listener the
 * manager prints the error and its JavaScript stack on the context's error stream.
 */
@FunctionalInterface
public interface UncaughtErrorListener {
    void onUncaughtError(Step step, JSException error);
}
