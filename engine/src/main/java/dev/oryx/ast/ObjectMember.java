package dev.oryx.ast;

/** A member of an object literal: a property definition or a spread. */
public sealed interface ObjectMember extends Node permits ObjectMember.Property, Expression.Spread {

    enum Kind { INIT, GET, SET }

    /**
     * A property definition. A non-computed key is an Identifier (its name), StringLiteral,
     * NumberLiteral or BigIntLiteral. Methods, getters and setters have a FunctionExpression value.
     */
    record Property(SourceSpan span, Expression key, boolean computed, Expression value, Kind kind,
                    boolean method, boolean shorthand) implements ObjectMember {
    }
}
