package dev.oryx.parse;

import dev.oryx.ast.Program;

/**
 * The static semantics of ECMA-262 that are "early errors": checked on the AST after it is
 * built, before any evaluation. The first error found is thrown as a {@link SyntaxErrorException}
 * at the offending node. The walk is {@link EarlyErrorChecker} (statements, functions, classes)
 * with {@link ExpressionChecker}; the rules about declarations are in {@link DeclarationScope},
 * those of class bodies in {@link ClassRules}, those of module exports in {@link ModuleRules}.
 * Rules that belong to the syntax itself (cover grammars, accessor parameter counts, optional
 * chains as targets...) are checked while the AST is built.
 */
final class EarlyErrors {
    private EarlyErrors() {
    }

    static void check(Program program) {
        new EarlyErrorChecker(program).program(program);
    }

    /** Eval code, with what its caller allows. */
    static void check(Program program, EvalContext eval) {
        new EarlyErrorChecker(program).program(program, eval);
    }
}
