package dev.oryx.fuzz;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a differential property, with the reason in the report, when there is no reference
 * engine to compare with ({@link ReferenceEngine#open()}: node asked for and not found, or
 * GraalJS unable to start).
 */
public final class RequiresReference implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        boolean available = switch (ReferenceEngine.requested()) {
            case "node" -> NodeRunner.available();
            case "graaljs" -> GraalRunner.available();
            default -> NodeRunner.available() || GraalRunner.available();
        };
        return available ? SkipResult.doNotSkip()
            : SkipResult.skip(ReferenceEngine.unavailableReason() + ": differential property skipped");
    }
}
