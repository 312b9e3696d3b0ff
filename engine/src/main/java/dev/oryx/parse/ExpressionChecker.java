package dev.oryx.parse;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.ast.Expression;
import dev.oryx.ast.ObjectMember;
import dev.oryx.ast.Pattern;

/**
 * The early errors of expressions, binding patterns and assignment targets (ECMA-262 13, with
 * the identifier rules of 13.1.1): strict-mode literals, delete, eval/arguments as targets,
 * reserved identifiers, super, new.target, import.meta, yield/await in parameters, private
 * names, duplicate __proto__, regular expression literals. Functions and classes inside
 * expressions go back to {@link EarlyErrorChecker}.
 */
final class ExpressionChecker {
    /**
     * The hook for the early errors of a regular expression pattern (22.2.1.1): the regexp
     * compiler plugs its syntax check in here; it returns an error message or null. Flags are
     * checked when the literal is built.
     */
    interface RegExpPatternCheck {
        String check(String pattern, String flags);
    }

    /** Pattern syntax of regular expression literals, checked by compiling them with the regexp engine. */
    static final RegExpPatternCheck REGEXP_PATTERN_CHECK = (pattern, flags) -> {
        try {
            dev.oryx.regexp.RegExpProgram.compile(pattern, flags);
            return null;
        } catch (dev.oryx.regexp.RegExpSyntaxException e) {
            return e.getMessage();
        }
    };

    private final EarlyErrorChecker checker;

    ExpressionChecker(EarlyErrorChecker checker) {
        this.checker = checker;
    }

    private CheckContext ctx() {
        return checker.ctx;
    }

    // ---- identifiers ----

    private void identifierName(Expression.Identifier id) {
        String message = IdentifierRules.reservedName(id.name(), ctx());
        if (message != null) {
            throw checker.error(id, message);
        }
    }

    void identifierReference(Expression.Identifier id) {
        identifierName(id);
        if (ctx().argumentsForbidden && id.name().equals("arguments")) {
            throw checker.error(id, "'arguments' is not allowed in class field initializer or static initialization block");
        }
    }

    void bindingIdentifier(Expression.Identifier id) {
        if (ctx().strict && IdentifierRules.isEvalOrArguments(id.name())) {
            throw checker.error(id, "Unexpected eval or arguments in strict mode");
        }
        identifierName(id);
    }

    // ---- patterns ----

    /** A binding pattern: declarations, parameters, catch parameters. */
    void binding(Pattern p) {
        switch (p) {
            case Expression.Identifier id -> bindingIdentifier(id);
            case Pattern.AssignmentPattern a -> {
                binding(a.target());
                expression(a.defaultValue());
            }
            case Pattern.ArrayPattern a -> {
                for (Pattern e : a.elements()) {
                    if (e != null) {
                        binding(e);
                    }
                }
                if (a.rest() != null) {
                    binding(a.rest());
                }
            }
            case Pattern.ObjectPattern o -> {
                for (Pattern.PatternProperty pp : o.properties()) {
                    propertyKey(pp.key(), pp.computed());
                    binding(pp.value());
                }
                if (o.rest() != null) {
                    binding(o.rest());
                }
            }
            default -> throw checker.error(p, "Invalid destructuring target");
        }
    }

    /**
     * The target of an assignment, update or for-in/of head. {@code simple}: a plain reference is
     * expected there (not inside a destructuring pattern).
     */
    void assignmentTarget(Pattern p, boolean simple) {
        switch (p) {
            case Expression.Identifier id -> {
                if (ctx().strict && IdentifierRules.isEvalOrArguments(id.name())) {
                    throw checker.error(id, "Unexpected eval or arguments in strict mode");
                }
                identifierReference(id);
            }
            case Expression.Call c -> {
                // web compatibility (Annex B): a runtime ReferenceError in sloppy code only
                if (ctx().strict || !simple) {
                    throw checker.error(c, "Invalid left-hand side in assignment");
                }
                expression(c);
            }
            case Expression.Member m -> expression(m);
            case Expression.ComputedMember m -> expression(m);
            case Expression.PrivateMember m -> expression(m);
            case Pattern.AssignmentPattern a -> {
                assignmentTarget(a.target(), false);
                expression(a.defaultValue());
            }
            case Pattern.ArrayPattern a -> {
                for (Pattern e : a.elements()) {
                    if (e != null) {
                        assignmentTarget(e, false);
                    }
                }
                if (a.rest() != null) {
                    assignmentTarget(a.rest(), false);
                }
            }
            case Pattern.ObjectPattern o -> {
                for (Pattern.PatternProperty pp : o.properties()) {
                    propertyKey(pp.key(), pp.computed());
                    assignmentTarget(pp.value(), false);
                }
                if (o.rest() != null) {
                    assignmentTarget(o.rest(), false);
                }
            }
        }
    }

    private void propertyKey(Expression key, boolean computed) {
        if (computed) {
            expression(key);
        } else {
            literalKey(key);
        }
    }

    /** A non-computed property key: number and string keys follow the strict-mode literal rules. */
    void literalKey(Expression key) {
        if (key instanceof Expression.NumberLiteral || key instanceof Expression.StringLiteral) {
            expression(key);
        }
    }

    // ---- expressions ----

    void expression(Expression e) {
        // the commonest node types are tested with instanceof first: the pattern switch's
        // bootstrap-made dispatch (with its index check) was 1.4% of a warm parse in JFR
        if (e instanceof Expression.Identifier id) {
            identifierReference(id);
            return;
        }
        if (e instanceof Expression.Member m) {
            memberObject(m.object());
            return;
        }
        if (e instanceof Expression.Call c) {
            call(c);
            return;
        }
        if (e instanceof Expression.StringLiteral s) {
            stringLiteral(s);
            return;
        }
        switch (e) {
            // in order of frequency: a pattern switch tests the cases in order
            case Expression.Identifier id -> identifierReference(id);
            case Expression.Member m -> memberObject(m.object());
            case Expression.Call c -> call(c);
            case Expression.StringLiteral s -> stringLiteral(s);
            case Expression.NumberLiteral n -> {
                if (n.legacy() && ctx().strict) {
                    throw checker.error(n, "Octal literals are not allowed in strict mode");
                }
            }
            case Expression.This t -> {
            }
            case Expression.Assignment a -> {
                assignmentTarget(a.target(), a.operator() != Expression.AssignmentOperator.AND
                    && a.operator() != Expression.AssignmentOperator.OR && a.operator() != Expression.AssignmentOperator.NULLISH);
                expression(a.value());
            }
            case Expression.Binary b -> binaryChain(b);
            case Expression.Logical l -> binaryChain(l);
            case Expression.FunctionExpression f -> checker.function(f.function(), false);
            case Expression.ComputedMember m -> {
                memberObject(m.object());
                expression(m.property());
            }
            case Expression.Unary u -> {
                if (u.operator() == Expression.UnaryOperator.DELETE) {
                    delete(u);
                }
                expression(u.argument());
            }
            case Expression.ObjectLiteral o -> objectLiteral(o);
            case Expression.ArrayLiteral a -> {
                for (Expression element : a.elements()) {
                    if (element != null) {
                        expression(element);
                    }
                }
            }
            case Expression.Conditional c -> {
                expression(c.test());
                expression(c.consequent());
                expression(c.alternate());
            }
            case Expression.New n -> {
                expression(n.callee());
                expressions(n.arguments());
            }
            case Expression.BooleanLiteral b -> {
            }
            case Expression.NullLiteral n -> {
            }
            case Expression.BigIntLiteral b -> {
            }
            case Expression.RegExpLiteral r -> {
                String message = REGEXP_PATTERN_CHECK.check(r.pattern(), r.flags());
                if (message != null) {
                    throw checker.error(r, "Invalid regular expression: /" + r.pattern() + "/" + r.flags() + ": " + message);
                }
            }
            case Expression.TemplateLiteral t -> expressions(t.expressions());
            case Expression.TaggedTemplate t -> {
                expression(t.tag());
                expressions(t.quasi().expressions());
            }
            case Expression.Super s -> throw checker.error(s, "'super' keyword unexpected here");
            case Expression.PrivateName p -> throw checker.error(p, "Unexpected private name #" + p.name());
            case Expression.Spread s -> expression(s.argument());
            case Expression.ArrowFunction a -> checker.function(a.function(), false);
            case Expression.ClassExpression c -> checker.classNode(c.classNode());
            case Expression.Update u -> assignmentTarget((Pattern) u.argument(), true);
            case Expression.PrivateIn p -> {
                checker.privateNameReference(p.name(), p);
                expression(p.object());
            }
            case Expression.Sequence s -> expressions(s.expressions());
            case Expression.PrivateMember m -> {
                checker.privateNameReference(m.name(), m);
                expression(m.object());
            }
            case Expression.OptionalChain o -> expression(o.expression());
            case Expression.Yield y -> {
                if (ctx().inParameters) {
                    throw checker.error(y, "Yield expression not allowed in formal parameter");
                }
                if (y.argument() != null) {
                    expression(y.argument());
                }
            }
            case Expression.Await a -> {
                if (ctx().inParameters) {
                    throw checker.error(a, "Illegal await-expression in formal parameters of async function");
                }
                expression(a.argument());
            }
            case Expression.NewTarget n -> {
                if (!ctx().newTarget) {
                    throw checker.error(n, "new.target expression is not allowed here");
                }
            }
            case Expression.ImportMeta m -> {
                if (!ctx().module) {
                    throw checker.error(m, "Cannot use 'import.meta' outside a module");
                }
            }
            case Expression.ImportCall c -> expression(c.source());
            case Expression.Parenthesized p -> expression(p.expression());
        }
    }

    private void call(Expression.Call c) {
        if (c.callee() instanceof Expression.Super s) {
            if (!ctx().superCall) {
                throw checker.error(s, "'super' keyword unexpected here");
            }
        } else {
            expression(c.callee());
        }
        expressions(c.arguments());
    }

    private void stringLiteral(Expression.StringLiteral s) {
        if (s.legacyEscape() && ctx().strict) {
            throw checker.error(s, "Octal escape sequences are not allowed in strict mode");
        }
    }

    private void expressions(List<Expression> list) {
        // indexed: an iterator per call list was most of this pass's garbage
        for (int i = 0, n = list.size(); i < n; i++) {
            expression(list.get(i));
        }
    }

    private void memberObject(Expression object) {
        if (object instanceof Expression.Super s) {
            if (!ctx().superProperty) {
                throw checker.error(s, "'super' keyword unexpected here");
            }
        } else {
            expression(object);
        }
    }

    /** Long operator chains are left-deep trees: walk the left spine without recursion. */
    private void binaryChain(Expression e) {
        Expression firstLeft = e instanceof Expression.Binary b ? b.left() : ((Expression.Logical) e).left();
        if (!(firstLeft instanceof Expression.Binary || firstLeft instanceof Expression.Logical)) {
            // one operator, the common case: no list
            expression(firstLeft);
            expression(e instanceof Expression.Binary b ? b.right() : ((Expression.Logical) e).right());
            return;
        }
        List<Expression> rights = new ArrayList<>();
        Expression left = e;
        while (true) {
            if (left instanceof Expression.Binary b) {
                rights.add(b.right());
                left = b.left();
            } else if (left instanceof Expression.Logical l) {
                rights.add(l.right());
                left = l.left();
            } else {
                break;
            }
        }
        expression(left);
        for (int i = rights.size() - 1; i >= 0; i--) {
            expression(rights.get(i));
        }
    }

    /** 13.5.1.1: no unqualified delete in strict code, no delete of a private reference. */
    private void delete(Expression.Unary u) {
        Expression argument = u.argument();
        while (argument instanceof Expression.Parenthesized p) {
            argument = p.expression();
        }
        if (argument instanceof Expression.Identifier && ctx().strict) {
            throw checker.error(u, "Delete of an unqualified identifier in strict mode");
        }
        if (argument instanceof Expression.OptionalChain chain) {
            argument = chain.expression();
        }
        if (argument instanceof Expression.PrivateMember) {
            throw checker.error(u, "Private fields can not be deleted");
        }
    }

    private void objectLiteral(Expression.ObjectLiteral o) {
        boolean sawProto = false;
        for (ObjectMember m : o.members()) {
            switch (m) {
                case Expression.Spread s -> expression(s.argument());
                case ObjectMember.Property p -> {
                    propertyKey(p.key(), p.computed());
                    if (p.kind() == ObjectMember.Kind.INIT && !p.method() && !p.shorthand() && !p.computed()
                        && "__proto__".equals(ClassRules.propName(p.key()))) {
                        if (sawProto) {
                            throw checker.error(p, "Duplicate __proto__ fields are not allowed in object literals");
                        }
                        sawProto = true;
                    }
                    expression(p.value());
                }
            }
        }
    }
}
