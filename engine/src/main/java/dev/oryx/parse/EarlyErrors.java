package dev.oryx.parse;

import dev.oryx.ast.Program;

/**
 * The static semantics of ECMA-262 that are "early errors": checked on the AST after it is
 * built, before any evaluation.
 */
final class EarlyErrors {
    private EarlyErrors() {
    }

    static void check(Program program, LineMap lines) {
        // filled in by the early-errors pass
    }
}
