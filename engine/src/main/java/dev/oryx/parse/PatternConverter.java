package dev.oryx.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.tree.ParseTree;

import dev.oryx.ast.Expression;
import dev.oryx.ast.Expression.AssignmentOperator;
import dev.oryx.ast.ObjectMember;
import dev.oryx.ast.Pattern;
import dev.oryx.grammar.JavaScriptLexer;
import dev.oryx.grammar.JavaScriptParser.*;
import dev.oryx.grammar.JsRuleContext;
import dev.oryx.grammar.JsToken;

/**
 * Binding patterns from the grammar's binding rules, and the cover grammars: object and array
 * literals re-read as destructuring assignment targets (13.15.5) or as arrow parameters (15.3).
 * Also remembers the CoverInitializedName properties ({@code {a = 1}}) that must disappear into a
 * pattern, and array literals with a comma after a spread (not allowed in patterns).
 */
final class PatternConverter {
    private final AstBuilder b;
    private final Set<ObjectMember.Property> coverInitializers = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Expression> commaAfterSpread = Collections.newSetFromMap(new IdentityHashMap<>());

    PatternConverter(AstBuilder builder) {
        this.b = builder;
    }

    void recordCoverInitializer(ObjectMember.Property property) {
        coverInitializers.add(property);
    }

    /** An array or object literal whose spread element is followed by a comma: not a pattern. */
    void markCommaAfterSpread(Expression literal) {
        commaAfterSpread.add(literal);
    }

    /** `{a = 1}` outside a pattern is a SyntaxError (13.2.5.1). */
    void checkNoCoverInitializers() {
        ObjectMember.Property first = null;
        for (ObjectMember.Property p : coverInitializers) {
            if (first == null || p.span().start() < first.span().start()) {
                first = p;
            }
        }
        if (first != null) {
            throw b.error(first.span().start() + ((Expression.Assignment) first.value()).target().span().end() - first.span().start(),
                "Invalid shorthand property initializer");
        }
    }

    // ---- binding patterns of the grammar ----

    Pattern binding(BindingTargetContext t) {
        if (t.identifier() != null) {
            return b.identifier(t.identifier());
        }
        if (t.arrayBindingPattern() != null) {
            return arrayBinding(t.arrayBindingPattern());
        }
        return objectBinding(t.objectBindingPattern());
    }

    private Pattern bindingElement(BindingElementContext e) {
        Pattern target = binding(e.bindingTarget());
        if (e.assignmentExpression() != null) {
            return new Pattern.AssignmentPattern(b.span(e), target, b.expressions.assignment(e.assignmentExpression()));
        }
        return target;
    }

    private Pattern arrayBinding(ArrayBindingPatternContext a) {
        List<Pattern> elements = new ArrayList<>();
        Pattern rest = null;
        boolean afterElement = false;
        for (int ci = 0, cn = a.getChildCount(); ci < cn; ci++) {
            ParseTree c = a.getChild(ci);
            if (c instanceof ArrayBindingElementContext e) {
                if (rest != null) {
                    throw b.error(e, "Rest element must be last element");
                }
                if (e.Ellipsis() != null) {
                    rest = binding(e.bindingTarget());
                } else {
                    elements.add(bindingElement(e.bindingElement()));
                }
                afterElement = true;
            } else if (c instanceof JsToken t && t.getSymbol().getType() == JavaScriptLexer.Comma) {
                if (rest != null) {
                    throw b.error(t.getSymbol(), "Rest element must be last element");
                }
                if (afterElement) {
                    afterElement = false;
                } else {
                    elements.add(null);
                }
            }
        }
        return new Pattern.ArrayPattern(b.span(a), elements, rest);
    }

    private Pattern objectBinding(ObjectBindingPatternContext o) {
        List<Pattern.PatternProperty> properties = new ArrayList<>();
        Pattern rest = null;
        List<BindingPropertyContext> list = o.bindingProperty();
        boolean trailingComma = o.Comma().size() == list.size() && !list.isEmpty();
        for (int i = 0; i < list.size(); i++) {
            BindingPropertyContext p = list.get(i);
            if (p.Ellipsis() != null) {
                if (i != list.size() - 1 || trailingComma) {
                    throw b.error(p, "Rest element must be last element");
                }
                if (p.bindingTarget().identifier() == null) {
                    throw b.error(p.bindingTarget(), "`...` must be followed by an identifier in declaration contexts");
                }
                rest = binding(p.bindingTarget());
                continue;
            }
            PropertyNameContext nameCtx = p.propertyName();
            if (nameCtx.PrivateIdentifier() != null) {
                throw b.error(nameCtx, "Unexpected private name");
            }
            Expression key = b.expressions.propertyKey(nameCtx);
            boolean computed = nameCtx.OpenBracket() != null;
            if (p.Colon() != null) {
                properties.add(new Pattern.PatternProperty(b.span(p), key, computed, bindingElement(p.bindingElement()), false));
                continue;
            }
            if (computed || nameCtx.identifierName() == null || !isIdentifierReference(nameCtx.identifierName())) {
                throw b.error(nameCtx, "Unexpected token '" + nameCtx.getText() + "'");
            }
            Pattern target = new Expression.Identifier(b.span(nameCtx), ExpressionBuilder.identifierNameValue(nameCtx.identifierName()));
            if (p.assignmentExpression() != null) {
                target = new Pattern.AssignmentPattern(b.span(p), target, b.expressions.assignment(p.assignmentExpression()));
            }
            properties.add(new Pattern.PatternProperty(b.span(p), key, false, target, true));
        }
        return new Pattern.ObjectPattern(b.span(o), properties, rest);
    }

    private static boolean isIdentifierReference(JsRuleContext name) {
        int type = name.start.getType();
        return type == JavaScriptLexer.Identifier || type == JavaScriptLexer.Yield || type == JavaScriptLexer.Await;
    }

    // ---- cover grammar: assignment targets ----

    /**
     * The target of an assignment, update or for-in/of head. {@code destructuring} allows object and
     * array literals (only for `=` and for-in/of). A call is accepted here (web-compatibility; an
     * early error in strict code, a ReferenceError at run time otherwise).
     */
    Pattern assignmentTarget(Expression e, boolean destructuring, String message) {
        switch (e) {
            case Expression.Identifier id -> {
                return id;
            }
            case Expression.Member m -> {
                return m;
            }
            case Expression.ComputedMember m -> {
                return m;
            }
            case Expression.PrivateMember m -> {
                return m;
            }
            case Expression.Call c -> {
                return c;
            }
            case Expression.Parenthesized p -> {
                Expression inner = p.expression();
                while (inner instanceof Expression.Parenthesized pp) {
                    inner = pp.expression();
                }
                if (inner instanceof Expression.Identifier || inner instanceof Expression.Member
                    || inner instanceof Expression.ComputedMember || inner instanceof Expression.PrivateMember
                    || inner instanceof Expression.Call) {
                    return (Pattern) inner;
                }
                throw b.error(e, message);
            }
            case Expression.ObjectLiteral o when destructuring -> {
                return objectPattern(o);
            }
            case Expression.ArrayLiteral a when destructuring -> {
                return arrayPattern(a);
            }
            default -> throw b.error(e, message);
        }
    }

    private Pattern element(Expression value) {
        if (value instanceof Expression.Assignment a && a.operator() == AssignmentOperator.ASSIGN) {
            return new Pattern.AssignmentPattern(a.span(), a.target(), a.value());
        }
        return assignmentTarget(value, true, "Invalid destructuring assignment target");
    }

    private Pattern objectPattern(Expression.ObjectLiteral o) {
        List<Pattern.PatternProperty> properties = new ArrayList<>();
        Pattern rest = null;
        List<ObjectMember> members = o.members();
        for (int i = 0; i < members.size(); i++) {
            ObjectMember m = members.get(i);
            if (m instanceof Expression.Spread s) {
                if (i != members.size() - 1 || commaAfterSpread.contains(o)) {
                    throw b.error(s, "Rest element must be last element");
                }
                rest = assignmentTarget(s.argument(), false, "`...` must be followed by an assignable reference in assignment contexts");
                continue;
            }
            ObjectMember.Property p = (ObjectMember.Property) m;
            if (p.kind() != ObjectMember.Kind.INIT || p.method()) {
                throw b.error(p, "Invalid destructuring assignment target");
            }
            if (p.shorthand()) {
                coverInitializers.remove(p);
                Pattern target = p.value() instanceof Expression.Assignment a
                    ? new Pattern.AssignmentPattern(a.span(), a.target(), a.value())
                    : (Expression.Identifier) p.value();
                properties.add(new Pattern.PatternProperty(p.span(), p.key(), false, target, true));
            } else {
                properties.add(new Pattern.PatternProperty(p.span(), p.key(), p.computed(), element(p.value()), false));
            }
        }
        return new Pattern.ObjectPattern(o.span(), properties, rest);
    }

    private Pattern arrayPattern(Expression.ArrayLiteral a) {
        List<Pattern> elements = new ArrayList<>();
        Pattern rest = null;
        List<Expression> list = a.elements();
        for (int i = 0; i < list.size(); i++) {
            Expression e = list.get(i);
            if (e == null) {
                elements.add(null);
            } else if (e instanceof Expression.Spread s) {
                if (i != list.size() - 1 || commaAfterSpread.contains(a)) {
                    throw b.error(s, "Rest element must be last element");
                }
                rest = assignmentTarget(s.argument(), true, "Invalid destructuring assignment target");
            } else {
                elements.add(element(e));
            }
        }
        return new Pattern.ArrayPattern(a.span(), elements, rest);
    }

    // ---- cover grammar: arrow parameters ----

    /** An arrow parameter written as an expression, re-read as a binding element. */
    Pattern bindingFromExpression(Expression e, boolean allowDefault) {
        if (e instanceof Expression.Assignment a && a.operator() == AssignmentOperator.ASSIGN) {
            if (!allowDefault) {
                throw b.error(e, "Rest parameter may not have a default initializer");
            }
            return new Pattern.AssignmentPattern(a.span(), bindingFromPattern(a.target()), a.value());
        }
        if (e instanceof Expression.ObjectLiteral || e instanceof Expression.ArrayLiteral) {
            return bindingFromPattern(assignmentTarget(e, true, "Invalid destructuring assignment target"));
        }
        if (e instanceof Expression.Identifier id) {
            return id;
        }
        throw b.error(e, "Invalid parameter in arrow function");
    }

    private Pattern bindingFromPattern(Pattern p) {
        switch (p) {
            case Expression.Identifier id -> {
                return id;
            }
            case Pattern.AssignmentPattern a -> {
                return new Pattern.AssignmentPattern(a.span(), bindingFromPattern(a.target()), a.defaultValue());
            }
            case Pattern.ArrayPattern a -> {
                List<Pattern> elements = new ArrayList<>(a.elements().size());
                for (Pattern e : a.elements()) {
                    elements.add(e == null ? null : bindingFromPattern(e));
                }
                return new Pattern.ArrayPattern(a.span(), elements, a.rest() == null ? null : bindingFromPattern(a.rest()));
            }
            case Pattern.ObjectPattern o -> {
                List<Pattern.PatternProperty> props = new ArrayList<>(o.properties().size());
                for (Pattern.PatternProperty pp : o.properties()) {
                    props.add(new Pattern.PatternProperty(pp.span(), pp.key(), pp.computed(), bindingFromPattern(pp.value()), pp.shorthand()));
                }
                Pattern rest = null;
                if (o.rest() != null) {
                    if (!(o.rest() instanceof Expression.Identifier)) {
                        throw b.error(o.rest(), "`...` must be followed by an identifier in declaration contexts");
                    }
                    rest = o.rest();
                }
                return new Pattern.ObjectPattern(o.span(), props, rest);
            }
            default -> throw b.error(p, "Invalid destructuring target in parameters");
        }
    }
}
