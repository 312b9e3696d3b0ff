package dev.oryx.parse;

/**
 * The grammar parameters and enclosing-code facts that decide the context-dependent early errors
 * at one point of the program: strictness, [Yield] and [Await], where {@code super},
 * {@code new.target}, {@code arguments} and {@code return} may appear, and whether formal
 * parameters are being checked. A new context starts at every function, class field initializer
 * and class static block; arrow functions inherit what the spec lets them inherit.
 */
final class CheckContext {
    final boolean module;
    final boolean strict;
    /** [+Yield]: a generator's parameters and body. */
    final boolean yieldReserved;
    /** [+Await] (async function, module top level), or a class static block where await is reserved. */
    final boolean awaitReserved;
    /** Formal parameters: YieldExpression and AwaitExpression are errors there (15.2.1, 15.3.1, 15.5.1, 15.8.1). */
    final boolean inParameters;
    final boolean superProperty;
    final boolean superCall;
    final boolean newTarget;
    /** Class field initializers and static blocks: ContainsArguments (15.7.1). */
    final boolean argumentsForbidden;
    final boolean returnAllowed;

    private CheckContext(boolean module, boolean strict, boolean yieldReserved, boolean awaitReserved, boolean inParameters,
                         boolean superProperty, boolean superCall, boolean newTarget, boolean argumentsForbidden,
                         boolean returnAllowed) {
        this.module = module;
        this.strict = strict;
        this.yieldReserved = yieldReserved;
        this.awaitReserved = awaitReserved;
        this.inParameters = inParameters;
        this.superProperty = superProperty;
        this.superCall = superCall;
        this.newTarget = newTarget;
        this.argumentsForbidden = argumentsForbidden;
        this.returnAllowed = returnAllowed;
    }

    /** Eval code: its own top level, with what the caller allows (PerformEval steps 4-7). */
    static CheckContext eval(boolean strict, EvalContext e) {
        return new CheckContext(false, strict, false, false, false, e.superProperty(), e.superCall(), e.newTarget(),
            e.argumentsForbidden(), false);
    }

    /** Script or module top level. */
    static CheckContext program(boolean module, boolean strict) {
        return new CheckContext(module, strict, false, module, false, false, false, false, false, false);
    }

    /** Parameters (when {@code parameters}) or body of a non-arrow function, method, accessor or constructor. */
    CheckContext function(boolean strict, boolean generator, boolean async, boolean method, boolean derivedConstructor,
                          boolean parameters) {
        return new CheckContext(module, strict, generator, async, parameters, method, derivedConstructor, true, false, !parameters);
    }

    /**
     * Parameters of an arrow function: parsed as a cover in the enclosing context, so [Yield] and
     * [Await] are the enclosing ones (an async arrow head is re-parsed with [+Await]).
     */
    CheckContext arrowParameters(boolean strict, boolean async) {
        return new CheckContext(module, strict, yieldReserved, awaitReserved || async, true, superProperty, superCall,
            newTarget, argumentsForbidden, true);
    }

    /** Body of an arrow function: [~Yield], [Await] only when async; super, new.target and arguments as outside. */
    CheckContext arrowBody(boolean strict, boolean async) {
        return new CheckContext(module, strict, false, async, false, superProperty, superCall, newTarget,
            argumentsForbidden, true);
    }

    /** A class field initializer (15.7.1): a method-like scope without parameters. */
    CheckContext fieldInitializer() {
        return new CheckContext(module, true, false, false, false, true, false, true, true, false);
    }

    /** A class static block (15.7.1): await is reserved, return is not allowed. */
    CheckContext staticBlock() {
        return new CheckContext(module, true, false, true, false, true, false, true, true, false);
    }

    /** Class code is strict: the heritage, the name and computed keys keep the enclosing parameters. */
    CheckContext classCode() {
        return strict ? this : new CheckContext(module, true, yieldReserved, awaitReserved, inParameters, superProperty,
            superCall, newTarget, argumentsForbidden, returnAllowed);
    }

    /** Same parameters with another strictness (a function's own name follows the function's strictness). */
    CheckContext withStrict(boolean strict) {
        return strict == this.strict ? this : new CheckContext(module, strict, yieldReserved, awaitReserved, inParameters,
            superProperty, superCall, newTarget, argumentsForbidden, returnAllowed);
    }

    /** [Yield] and [Await] of a generator or async function expression's own name. */
    CheckContext withFunctionName(boolean strict, boolean generator, boolean async) {
        return new CheckContext(module, strict, generator, async, inParameters, superProperty, superCall, newTarget,
            argumentsForbidden, returnAllowed);
    }
}
