package dev.oryx.parse;

import java.util.Set;

/**
 * What the early errors of eval code depend on in its caller (19.2.1.1 PerformEval steps 4-7):
 * strictness, whether new.target, super property access, super() and `arguments` are allowed,
 * and the private names of the enclosing classes.
 */
public record EvalContext(boolean strict, boolean newTarget, boolean superProperty, boolean superCall, boolean argumentsForbidden,
                          Set<String> privateNames) {
    /** Indirect eval, or a direct eval at the top level of a sloppy script. */
    public static final EvalContext GLOBAL = new EvalContext(false, false, false, false, false, Set.of());
}
