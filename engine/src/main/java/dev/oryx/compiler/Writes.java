package dev.oryx.compiler;

import dev.oryx.ast.Expression;
import dev.oryx.ast.ObjectMember;
import dev.oryx.ast.Pattern;
import dev.oryx.scope.Binding;
import dev.oryx.scope.ScopeAnalysis;

/**
 * Whether evaluating an expression may assign a given binding (conservatively: an assignment or
 * update to any identifier with its name). Used to decide if a binding register can be read
 * directly as the left operand of an operator whose right operand is evaluated afterwards.
 */
final class Writes {
    private Writes() {
    }

    static boolean mayWrite(Expression e, Binding b, ScopeAnalysis analysis) {
        return e != null && scan(e, b.name);
    }

    private static boolean scan(Expression e, String name) {
        return switch (e) {
            case Expression.Assignment a -> targets(a.target(), name) || scan(a.value(), name);
            case Expression.Update u -> u.argument() instanceof Expression.Identifier id ? id.name().equals(name) : scan(u.argument(), name);
            case Expression.Binary x -> scan(x.left(), name) || scan(x.right(), name);
            case Expression.Logical x -> scan(x.left(), name) || scan(x.right(), name);
            case Expression.Unary x -> scan(x.argument(), name);
            case Expression.Conditional c -> scan(c.test(), name) || scan(c.consequent(), name) || scan(c.alternate(), name);
            case Expression.Sequence s -> s.expressions().stream().anyMatch(x -> scan(x, name));
            case Expression.Call c -> scan(c.callee(), name) || c.arguments().stream().anyMatch(x -> scan(x, name))
                || (c.callee() instanceof Expression.Identifier id && id.name().equals("eval"));
            case Expression.New n -> scan(n.callee(), name) || n.arguments().stream().anyMatch(x -> scan(x, name));
            case Expression.Member m -> scan(m.object(), name);
            case Expression.ComputedMember m -> scan(m.object(), name) || scan(m.property(), name);
            case Expression.PrivateMember m -> scan(m.object(), name);
            case Expression.OptionalChain o -> scan(o.expression(), name);
            case Expression.Parenthesized p -> scan(p.expression(), name);
            case Expression.Spread s -> scan(s.argument(), name);
            case Expression.ArrayLiteral a -> a.elements().stream().anyMatch(x -> x != null && scan(x, name));
            case Expression.ObjectLiteral o -> o.members().stream().anyMatch(m -> m instanceof ObjectMember.Property p
                ? (p.computed() && scan(p.key(), name)) || scan(p.value(), name)
                : scan(((Expression.Spread) m).argument(), name));
            case Expression.TemplateLiteral t -> t.expressions().stream().anyMatch(x -> scan(x, name));
            case Expression.TaggedTemplate t -> scan(t.tag(), name) || t.quasi().expressions().stream().anyMatch(x -> scan(x, name));
            case Expression.Yield y -> true;
            case Expression.Await a -> true;
            case Expression.PrivateIn p -> scan(p.object(), name);
            case Expression.ClassExpression c -> true;
            default -> false;
        };
    }

    private static boolean targets(Pattern p, String name) {
        return switch (p) {
            case Expression.Identifier id -> id.name().equals(name);
            case Pattern.AssignmentPattern a -> targets(a.target(), name) || scan(a.defaultValue(), name);
            case Pattern.ArrayPattern a -> a.elements().stream().anyMatch(x -> x != null && targets(x, name))
                || (a.rest() != null && targets(a.rest(), name));
            case Pattern.ObjectPattern o -> o.properties().stream().anyMatch(x -> targets(x.value(), name) || (x.computed() && scan(x.key(), name)))
                || (o.rest() != null && targets(o.rest(), name));
            case Expression.Member m -> scan(m.object(), name);
            case Expression.ComputedMember m -> scan(m.object(), name) || scan(m.property(), name);
            case Expression.PrivateMember m -> scan(m.object(), name);
            case Expression.Call c -> scan(c, name);
        };
    }
}
