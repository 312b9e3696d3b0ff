package dev.oryx.coroutine;

import dev.oryx.api.JSContext;

/**
 * A value to give a generator that is made on the owner thread, in the waiting context, when the
 * resumption runs. JavaScript objects belong to one heap and may only be created by the thread
 * that runs it, so a thread that resumes a generator it does not own (a timer, another service's
 * worker) passes a recipe instead of an object: an error to throw, a copied message.
 */
@FunctionalInterface
public interface DeferredValue {
    /** Creates the JavaScript value in {@code context}; runs on the owner thread. */
    Object create(JSContext context);
}
