package dev.oryx.coroutine;

import dev.oryx.api.JSContext;

/**
 * One step of a waiting generator after its resumption.
 *
 * @param session the session the generator waited on (now consumed)
 * @param serviceId the owner tag given to {@code wait}
 * @param context the context the generator waited in
 * @param generator the generator object (engine representation)
 * @param attachment the host's data given to {@code wait}, or null
 * @param result what the step did: {@code YIELDED}, {@code DONE} or {@code THREW}
 */
public record Step(long session, int serviceId, JSContext context, Object generator, Object attachment, ResumeResult result) {
}
