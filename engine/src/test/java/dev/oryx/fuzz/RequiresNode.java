package dev.oryx.fuzz;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips a differential property, with the reason in the report, when there is no node to compare with. */
public final class RequiresNode implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        if (NodeRunner.available()) {
            return SkipResult.doNotSkip();
        }
        return SkipResult.skip("node not found (tried '" + NodeRunner.command() + "'; set -Dfuzz.node=/path/to/node): "
            + "differential property skipped");
    }
}
