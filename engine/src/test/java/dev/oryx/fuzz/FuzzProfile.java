package dev.oryx.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The two profiles of the fuzz properties. By default (CI) each property runs the tries its
 * annotation gives with its fixed seed: reproducible, a few seconds each. {@code -Dfuzz.tries=N}
 * is the long profile: N tries for every property of the package, with a random seed unless
 * {@code -Dfuzz.seed=S} fixes one (jqwik reports the seed of a failing run, so a failure found
 * by a random seed can be replayed with it).
 */
public final class FuzzProfile implements AroundPropertyHook {
    /** Tries of the long profile, or 0 for the CI profile. */
    static int longTries() {
        String tries = System.getProperty("fuzz.tries", "");
        return tries.isBlank() ? 0 : Integer.parseInt(tries.strip());
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int tries = longTries();
        String seed = System.getProperty("fuzz.seed", "");
        if (tries > 0) {
            context.attributes().setTries(tries);
            context.attributes().setSeed(seed.isBlank() || seed.equals("random") ? "" : seed.strip());
        } else if (!seed.isBlank() && !seed.equals("random")) {
            context.attributes().setSeed(seed.strip());
        }
        return property.execute();
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }
}
