package dev.oryx.ast;

import java.util.List;

/** Members of a class body (ECMA-262 15.7). Keys may be PrivateName. */
public sealed interface ClassElement extends Node {

    enum MethodKind { METHOD, GET, SET, CONSTRUCTOR }

    record Method(SourceSpan span, Expression key, boolean computed, boolean isStatic, MethodKind kind,
                  FunctionNode function) implements ClassElement {
    }

    /** {@code value} may be null. */
    record Field(SourceSpan span, Expression key, boolean computed, boolean isStatic, Expression value)
        implements ClassElement {
    }

    record StaticBlock(SourceSpan span, List<Statement> body) implements ClassElement {
    }
}
