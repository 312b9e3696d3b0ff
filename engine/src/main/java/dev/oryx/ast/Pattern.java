package dev.oryx.ast;

import java.util.List;

/**
 * Binding and assignment targets (ECMA-262 14.3.3, 13.15.5). Identifiers are patterns; member
 * expressions are patterns only in assignments.
 */
public sealed interface Pattern extends Node
    permits Expression.Identifier, Expression.Member, Expression.ComputedMember, Expression.PrivateMember, Expression.Call,
    Pattern.ArrayPattern, Pattern.ObjectPattern, Pattern.AssignmentPattern {

    /** Elements may be null (holes); {@code rest} may be null. */
    record ArrayPattern(SourceSpan span, List<Pattern> elements, Pattern rest) implements Pattern {
    }

    /** {@code rest} may be null. */
    record ObjectPattern(SourceSpan span, List<PatternProperty> properties, Pattern rest) implements Pattern {
    }

    /**
     * {@code key: value}. A non-computed key is an Identifier (its name), StringLiteral or
     * NumberLiteral/BigIntLiteral; {@code shorthand} marks {@code {a}} and {@code {a = 1}}.
     */
    record PatternProperty(SourceSpan span, Expression key, boolean computed, Pattern value, boolean shorthand)
        implements Node {
    }

    /** {@code target = defaultValue}. */
    record AssignmentPattern(SourceSpan span, Pattern target, Expression defaultValue) implements Pattern {
    }
}
