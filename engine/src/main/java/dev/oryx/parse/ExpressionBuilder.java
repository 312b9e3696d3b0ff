package dev.oryx.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import dev.oryx.ast.ClassNode;
import dev.oryx.ast.Expression;
import dev.oryx.ast.Expression.AssignmentOperator;
import dev.oryx.ast.Expression.BinaryOperator;
import dev.oryx.ast.Expression.LogicalOperator;
import dev.oryx.ast.Expression.UnaryOperator;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.ObjectMember;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.SourceSpan;
import dev.oryx.ast.Statement;
import dev.oryx.grammar.JavaScriptLexer;
import dev.oryx.grammar.JavaScriptParser.*;
import dev.oryx.grammar.JsRuleContext;
import dev.oryx.grammar.JsToken;

/**
 * Expressions of the parse tree to AST: precedence of the flat binary operator lists, `new` and
 * its arguments, optional chains, literals, templates, object and array literals, and arrow
 * functions (from their cover: a conditional expression followed by `=>`).
 */
final class ExpressionBuilder {
    private final AstBuilder b;

    ExpressionBuilder(AstBuilder builder) {
        this.b = builder;
    }

    // ---- comma, assignment, conditional ----

    /** ExpressionContext or ExpressionNoInContext. */
    Expression expression(JsRuleContext ctx) {
        return expression(ctx, 0, ctx.getChildCount());
    }

    /** Children {@code from} to {@code to} of {@code ctx}: assignment expressions separated by commas. */
    Expression expression(JsRuleContext ctx, int from, int to) {
        if (to - from == 1) {
            return assignment((JsRuleContext) ctx.getChild(from));
        }
        List<Expression> list = new ArrayList<>((to - from) / 2 + 1);
        for (int i = from; i < to; i += 2) {
            list.add(assignment((JsRuleContext) ctx.getChild(i)));
        }
        JsRuleContext first = (JsRuleContext) ctx.getChild(from);
        JsRuleContext last = (JsRuleContext) ctx.getChild(to - 1);
        return new Expression.Sequence(b.span(first.start.getStartIndex(), AstBuilder.end(last)), list);
    }

    /** AssignmentExpressionContext or AssignmentExpressionNoInContext. */
    Expression assignment(JsRuleContext ctx) {
        ParseTree first = ctx.getChild(0);
        if (first instanceof YieldExpressionContext || first instanceof YieldExpressionNoInContext) {
            return yieldExpression((JsRuleContext) first);
        }
        // children: the first operand written out (children 0 to k0), (operator UnaryExpression)*,
        // then maybe one tail: ? assignment : assignment | assignment-operator assignment | => body
        int n = ctx.getChildCount();
        int k0 = operandEnd(ctx, n);
        int k = binaryLength(ctx, k0, n);
        if (k == n) {
            return binary(ctx, k0, k);
        }
        int tail = ((JsToken) ctx.getChild(k)).getSymbol().getType();
        if (tail == JavaScriptLexer.QuestionMark) {
            return conditional(ctx, k0, k);
        }
        if (tail == JavaScriptLexer.Arrow) {
            return arrow(ctx, k0, k, (JsRuleContext) ctx.getChild(k + 1));
        }
        AssignmentOperator op = assignmentOperator(tail);
        Expression target = binary(ctx, k0, k);
        Pattern pattern = b.patterns.assignmentTarget(target, op == AssignmentOperator.ASSIGN,
            "Invalid left-hand side in assignment");
        Expression value = assignment((JsRuleContext) ctx.getChild(k + 1));
        return new Expression.Assignment(b.span(ctx), op, pattern, value);
    }

    /**
     * The end (exclusive) of the first operand of an assignment expression, written out in its
     * children as in a UnaryExpression: a prefix operator and its UnaryExpression, or New*
     * (Identifier | primaryExpression), the suffixes and a postfix update.
     */
    private static int operandEnd(JsRuleContext ctx, int n) {
        ParseTree first = ctx.getChild(0);
        if (first instanceof JsToken t && isPrefixOperator(t.getSymbol().getType())) {
            return 2;
        }
        int i = 0;
        while (isToken(ctx.getChild(i), JavaScriptLexer.New)) {
            i++;
        }
        i++;
        while (i < n) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof ArgumentsContext || c instanceof TemplateLiteralContext) {
                i++;
            } else if (isToken(c, JavaScriptLexer.Dot) || isToken(c, JavaScriptLexer.OpenBracket) || isToken(c, JavaScriptLexer.QuestionDot)) {
                i = suffixLast(ctx, i) + 1;
            } else {
                break;
            }
        }
        if (i < n && (isToken(ctx.getChild(i), JavaScriptLexer.PlusPlus) || isToken(ctx.getChild(i), JavaScriptLexer.MinusMinus))) {
            i++;
        }
        return i;
    }

    /** The tokens that start the prefix forms of a UnaryExpression (update expressions included). */
    private static boolean isPrefixOperator(int type) {
        return isUnaryOperator(type) || type == JavaScriptLexer.PlusPlus || type == JavaScriptLexer.MinusMinus;
    }

    /** delete, void, typeof, +, -, ~, ! and await: the operators that may not stand before `**`. */
    private static boolean isUnaryOperator(int type) {
        return switch (type) {
            case JavaScriptLexer.Delete, JavaScriptLexer.Void, JavaScriptLexer.Typeof, JavaScriptLexer.Plus, JavaScriptLexer.Minus,
                 JavaScriptLexer.BitNot, JavaScriptLexer.Not, JavaScriptLexer.Await -> true;
            default -> false;
        };
    }

    /** The end of the binary expression of an assignment expression whose first operand ends at {@code k0}. */
    private static int binaryLength(JsRuleContext ctx, int k0, int n) {
        int i = k0;
        while (i < n && precedence(((JsToken) ctx.getChild(i)).getSymbol().getType()) > 0) {
            i += 2;
        }
        return i;
    }

    private static AssignmentOperator assignmentOperator(int type) {
        return switch (type) {
            case JavaScriptLexer.Assign -> AssignmentOperator.ASSIGN;
            case JavaScriptLexer.PlusAssign -> AssignmentOperator.ADD;
            case JavaScriptLexer.MinusAssign -> AssignmentOperator.SUB;
            case JavaScriptLexer.MultiplyAssign -> AssignmentOperator.MUL;
            case JavaScriptLexer.DivideAssign -> AssignmentOperator.DIV;
            case JavaScriptLexer.ModulusAssign -> AssignmentOperator.MOD;
            case JavaScriptLexer.PowerAssign -> AssignmentOperator.EXP;
            case JavaScriptLexer.LeftShiftArithmeticAssign -> AssignmentOperator.SHL;
            case JavaScriptLexer.RightShiftArithmeticAssign -> AssignmentOperator.SAR;
            case JavaScriptLexer.RightShiftLogicalAssign -> AssignmentOperator.SHR;
            case JavaScriptLexer.BitAndAssign -> AssignmentOperator.BIT_AND;
            case JavaScriptLexer.BitOrAssign -> AssignmentOperator.BIT_OR;
            case JavaScriptLexer.BitXorAssign -> AssignmentOperator.BIT_XOR;
            case JavaScriptLexer.AndAssign -> AssignmentOperator.AND;
            case JavaScriptLexer.OrAssign -> AssignmentOperator.OR;
            case JavaScriptLexer.NullishCoalescingAssign -> AssignmentOperator.NULLISH;
            default -> throw new IllegalStateException("assignment operator " + type);
        };
    }

    private Expression yieldExpression(JsRuleContext ctx) {
        boolean delegate = false;
        Expression argument = null;
        for (int ci = 0, cn = ctx.getChildCount(); ci < cn; ci++) {
            ParseTree c = ctx.getChild(ci);
            if (c instanceof JsToken t && t.getSymbol().getType() == JavaScriptLexer.Multiply) {
                delegate = true;
            } else if (c instanceof JsRuleContext r) {
                argument = assignment(r);
            }
        }
        return new Expression.Yield(b.span(ctx), argument, delegate);
    }

    /** A conditional expression: its test is the first {@code k} children of the assignment expression. */
    private Expression conditional(JsRuleContext ctx, int k0, int k) {
        Expression test = binary(ctx, k0, k);
        noArrowOperand(test);
        JsRuleContext alternateCtx = (JsRuleContext) ctx.getChild(k + 3);
        Expression consequent = assignment((JsRuleContext) ctx.getChild(k + 1));
        Expression alternate = assignment(alternateCtx);
        return new Expression.Conditional(b.span(ctx, alternateCtx), test, consequent, alternate);
    }

    // ---- binary operators: precedence climbing over the flat list ----

    /** The precedence of a binary operator token; 0 for any other token. */
    private static int precedence(int tokenType) {
        return switch (tokenType) {
            case JavaScriptLexer.NullCoalesce -> 1;
            case JavaScriptLexer.Or -> 2;
            case JavaScriptLexer.And -> 3;
            case JavaScriptLexer.BitOr -> 4;
            case JavaScriptLexer.BitXOr -> 5;
            case JavaScriptLexer.BitAnd -> 6;
            case JavaScriptLexer.Equals_, JavaScriptLexer.NotEquals, JavaScriptLexer.IdentityEquals, JavaScriptLexer.IdentityNotEquals -> 7;
            case JavaScriptLexer.LessThan, JavaScriptLexer.MoreThan, JavaScriptLexer.LessThanEquals, JavaScriptLexer.GreaterThanEquals,
                 JavaScriptLexer.Instanceof, JavaScriptLexer.In -> 8;
            case JavaScriptLexer.LeftShiftArithmetic, JavaScriptLexer.RightShiftArithmetic, JavaScriptLexer.RightShiftLogical -> 9;
            case JavaScriptLexer.Plus, JavaScriptLexer.Minus -> 10;
            case JavaScriptLexer.Multiply, JavaScriptLexer.Divide, JavaScriptLexer.Modulus -> 11;
            case JavaScriptLexer.Power -> 12;
            default -> 0;
        };
    }

    /**
     * The first {@code n} children of an assignment expression: the first operand (children 0 to
     * k0), then operators and UnaryExpressions alternating.
     */
    private Expression binary(JsRuleContext ctx, int k0, int n) {
        if (n == k0) {
            return operand(ctx, k0, false);
        }
        if (n == k0 + 2) {
            // one operator, the most common case: no lists for the shunting-yard
            Expression left = operand(ctx, k0, true);
            Token op = ((JsToken) ctx.getChild(k0)).getSymbol();
            if (op.getType() == JavaScriptLexer.Power) {
                noUnaryBeforeExponent(ctx);
            }
            UnaryExpressionContext rightCtx = (UnaryExpressionContext) ctx.getChild(k0 + 1);
            return combine(op, left, operand(rightCtx, rightCtx.getChildCount(), true));
        }
        // shunting-yard: no Java recursion on long operator chains
        List<Expression> operands = new ArrayList<>((n - k0) / 2 + 1);
        List<Token> operators = new ArrayList<>((n - k0) / 2);
        operands.add(operand(ctx, k0, true));
        for (int i = k0; i < n; i += 2) {
            Token op = ((JsToken) ctx.getChild(i)).getSymbol();
            UnaryExpressionContext rightCtx = (UnaryExpressionContext) ctx.getChild(i + 1);
            int prec = precedence(op.getType());
            boolean rightAssoc = op.getType() == JavaScriptLexer.Power;
            if (rightAssoc) {
                noUnaryBeforeExponent(i == k0 ? ctx : (JsRuleContext) ctx.getChild(i - 1));
            }
            while (!operators.isEmpty()) {
                int top = precedence(operators.get(operators.size() - 1).getType());
                if (top > prec || (top == prec && !rightAssoc)) {
                    reduce(operands, operators);
                } else {
                    break;
                }
            }
            operators.add(op);
            operands.add(operand(rightCtx, rightCtx.getChildCount(), true));
        }
        while (!operators.isEmpty()) {
            reduce(operands, operators);
        }
        Expression result = operands.get(0);
        if (result instanceof Expression.PrivateName p) {
            throw b.error(p, "Unexpected private name #" + p.name());
        }
        return result;
    }

    /** The left operand of `**` (children from 0 of {@code left}) may not be a unary expression. */
    private void noUnaryBeforeExponent(JsRuleContext left) {
        if (left.getChild(0) instanceof JsToken t && isUnaryOperator(t.getSymbol().getType())) {
            throw b.error(left, "Unary operator used immediately before exponentiation expression; parentheses must be used to disambiguate operator precedence");
        }
    }

    private void reduce(List<Expression> operands, List<Token> operators) {
        Token op = operators.remove(operators.size() - 1);
        Expression right = operands.remove(operands.size() - 1);
        Expression left = operands.remove(operands.size() - 1);
        operands.add(combine(op, left, right));
    }

    /** The binary, logical or private-in expression {@code left op right}. */
    private Expression combine(Token op, Expression left, Expression right) {
        SourceSpan span = b.span(left.span().start(), right.span().end());
        if (right instanceof Expression.PrivateName p) {
            throw b.error(p, "Unexpected private name #" + p.name());
        }
        noArrowOperand(left);
        noArrowOperand(right);
        Expression result = switch (op.getType()) {
            case JavaScriptLexer.Or -> logical(span, LogicalOperator.OR, left, right);
            case JavaScriptLexer.And -> logical(span, LogicalOperator.AND, left, right);
            case JavaScriptLexer.NullCoalesce -> logical(span, LogicalOperator.NULLISH, left, right);
            case JavaScriptLexer.In -> left instanceof Expression.PrivateName p
                ? new Expression.PrivateIn(span, p.name(), right)
                : new Expression.Binary(span, BinaryOperator.IN, left, right);
            default -> new Expression.Binary(span, binaryOperator(op.getType()), left, right);
        };
        if (left instanceof Expression.PrivateName p && op.getType() != JavaScriptLexer.In) {
            throw b.error(p, "Unexpected private name #" + p.name());
        }
        return result;
    }

    /** `??` cannot be mixed with `&&` or `||` without parentheses. */
    private Expression logical(SourceSpan span, LogicalOperator op, Expression left, Expression right) {
        mixedNullish(left, op);
        mixedNullish(right, op);
        return new Expression.Logical(span, op, left, right);
    }

    private void mixedNullish(Expression side, LogicalOperator op) {
        if (side instanceof Expression.Logical l && (l.operator() == LogicalOperator.NULLISH) != (op == LogicalOperator.NULLISH)) {
            throw b.error(side, "Cannot mix ?? with && or || without parentheses");
        }
    }

    private static BinaryOperator binaryOperator(int type) {
        return switch (type) {
            case JavaScriptLexer.Plus -> BinaryOperator.ADD;
            case JavaScriptLexer.Minus -> BinaryOperator.SUB;
            case JavaScriptLexer.Multiply -> BinaryOperator.MUL;
            case JavaScriptLexer.Divide -> BinaryOperator.DIV;
            case JavaScriptLexer.Modulus -> BinaryOperator.MOD;
            case JavaScriptLexer.Power -> BinaryOperator.EXP;
            case JavaScriptLexer.LeftShiftArithmetic -> BinaryOperator.SHL;
            case JavaScriptLexer.RightShiftArithmetic -> BinaryOperator.SAR;
            case JavaScriptLexer.RightShiftLogical -> BinaryOperator.SHR;
            case JavaScriptLexer.BitAnd -> BinaryOperator.BIT_AND;
            case JavaScriptLexer.BitOr -> BinaryOperator.BIT_OR;
            case JavaScriptLexer.BitXOr -> BinaryOperator.BIT_XOR;
            case JavaScriptLexer.Equals_ -> BinaryOperator.EQ;
            case JavaScriptLexer.NotEquals -> BinaryOperator.NE;
            case JavaScriptLexer.IdentityEquals -> BinaryOperator.STRICT_EQ;
            case JavaScriptLexer.IdentityNotEquals -> BinaryOperator.STRICT_NE;
            case JavaScriptLexer.LessThan -> BinaryOperator.LT;
            case JavaScriptLexer.MoreThan -> BinaryOperator.GT;
            case JavaScriptLexer.LessThanEquals -> BinaryOperator.LE;
            case JavaScriptLexer.GreaterThanEquals -> BinaryOperator.GE;
            case JavaScriptLexer.Instanceof -> BinaryOperator.INSTANCEOF;
            default -> throw new IllegalStateException("binary operator " + type);
        };
    }

    /** An arrow function is an AssignmentExpression: it cannot be an operand without parentheses. */
    private void noArrowOperand(Expression e) {
        if (e instanceof Expression.ArrowFunction) {
            throw b.error(e, "Malformed arrow function: an arrow function must be parenthesized to be an operand");
        }
    }

    /**
     * A unary-level operand of a binary list (children 0 to {@code n} of {@code ctx}); a bare
     * private name is allowed where {@code in} may follow.
     */
    private Expression operand(JsRuleContext ctx, int n, boolean inList) {
        if (inList && n == 1 && ctx.getChild(0) instanceof PrimaryExpressionContext p && p.PrivateIdentifier() != null) {
            JsToken t = AstBuilder.token(p.PrivateIdentifier());
            return new Expression.PrivateName(b.span(t), t.value().substring(1));
        }
        return unary(ctx, n);
    }

    // ---- unary and update ----

    Expression unary(UnaryExpressionContext u) {
        return unary(u, u.getChildCount());
    }

    /** A UnaryExpression: children 0 to {@code n} of {@code ctx} (a UnaryExpressionContext, or an assignment's first operand). */
    private Expression unary(JsRuleContext ctx, int n) {
        ParseTree first = ctx.getChild(0);
        int firstType = first instanceof JsToken t ? t.getSymbol().getType() : 0;
        SourceSpan span;
        if (first instanceof PrimaryExpressionContext || firstType == JavaScriptLexer.Identifier || firstType == JavaScriptLexer.New) {
            // a LeftHandSideExpression, maybe with a postfix update
            int lastType = ctx.getChild(n - 1) instanceof JsToken t ? t.getSymbol().getType() : 0;
            boolean postfix = lastType == JavaScriptLexer.PlusPlus || lastType == JavaScriptLexer.MinusMinus;
            Expression target = leftHandSide(ctx, postfix ? n - 1 : n);
            if (!postfix) {
                return target;
            }
            boolean increment = lastType == JavaScriptLexer.PlusPlus;
            return new Expression.Update(span(ctx, n), increment, false, updateTarget(target));
        }
        UnaryExpressionContext argumentCtx = (UnaryExpressionContext) ctx.getChild(1);
        if (firstType == JavaScriptLexer.PlusPlus || firstType == JavaScriptLexer.MinusMinus) {
            Expression target = unary(argumentCtx);
            return new Expression.Update(span(ctx, n), firstType == JavaScriptLexer.PlusPlus, true, updateTarget(target));
        }
        Expression argument = unary(argumentCtx);
        noArrowOperand(argument);
        if (firstType == JavaScriptLexer.Await) {
            return new Expression.Await(span(ctx, n), argument);
        }
        UnaryOperator op = switch (firstType) {
            case JavaScriptLexer.Delete -> UnaryOperator.DELETE;
            case JavaScriptLexer.Void -> UnaryOperator.VOID;
            case JavaScriptLexer.Typeof -> UnaryOperator.TYPEOF;
            case JavaScriptLexer.Plus -> UnaryOperator.PLUS;
            case JavaScriptLexer.Minus -> UnaryOperator.MINUS;
            case JavaScriptLexer.BitNot -> UnaryOperator.BIT_NOT;
            default -> UnaryOperator.NOT;
        };
        return new Expression.Unary(span(ctx, n), op, argument);
    }

    /** The span of children 0 to {@code n} of {@code ctx}. */
    private SourceSpan span(JsRuleContext ctx, int n) {
        return b.span(ctx.start.getStartIndex(), end(ctx.getChild(n - 1)));
    }

    private Expression updateTarget(Expression target) {
        Pattern p = b.patterns.assignmentTarget(target, false, "Invalid left-hand side expression in update operation");
        return (Expression) p;
    }

    // ---- left-hand side: new, calls, members, optional chains ----

    Expression leftHandSide(LeftHandSideExpressionContext ctx) {
        return leftHandSide(ctx, ctx.getChildCount());
    }

    /**
     * The first {@code n} children of {@code ctx} (a LeftHandSideExpression, or the operand form
     * of a UnaryExpression without its postfix operator): New* (Identifier | primaryExpression)
     * and the suffixes, read by position (the generated accessors scan the children and allocate
     * a list per call). The suffixes are children of their own (a UnaryExpression has them written
     * out) or SuffixContexts (a LeftHandSideExpression).
     */
    private Expression leftHandSide(JsRuleContext ctx, int n) {
        int news = 0;
        while (ctx.getChild(news) instanceof JsToken t && t.getSymbol().getType() == JavaScriptLexer.New) {
            news++;
        }
        if (ctx.getChild(news) instanceof JsToken identifier) {
            JsToken token = (JsToken) identifier.getSymbol();
            Expression id = new Expression.Identifier(b.span(token), token.value());
            return n == 1 ? id : suffixes(ctx, n, news, id, token.getStartIndex());
        }
        PrimaryExpressionContext primaryCtx = (PrimaryExpressionContext) ctx.getChild(news);
        if (n == 1 && primaryCtx.start.getType() != JavaScriptLexer.Super) {
            return primary(primaryCtx);
        }
        Expression expr = primary(primaryCtx);
        if (expr instanceof Expression.Super) {
            checkSuper(primaryCtx, ctx, news + 1, n, news);
        }
        if (expr instanceof Expression.ImportCall && news > 0) {
            throw b.error(primaryCtx, "Cannot use new with import()");
        }
        if (expr instanceof Expression.ArrowFunction && n > news + 1) {
            throw b.error(start(ctx.getChild(news + 1)), "Unexpected token after arrow function");
        }
        return suffixes(ctx, n, news, expr, primaryCtx.start.getStartIndex());
    }

    /**
     * The suffixes (children {@code news + 1} to {@code n}) applied to {@code expr}, the primary
     * expression that starts at {@code start}, with the {@code news} `new` prefixes before it.
     */
    private Expression suffixes(JsRuleContext ctx, int n, int news, Expression expr, int start) {
        int pendingNew = news;
        boolean chain = false;
        for (int i = news + 1; i < n; ) {
            // the suffix is children from..last of c
            JsRuleContext c;
            int from;
            int last;
            if (ctx.getChild(i) instanceof SuffixContext s) {
                c = s;
                from = 0;
                last = s.getChildCount() - 1;
                i++;
            } else {
                c = ctx;
                from = i;
                last = suffixLast(ctx, i);
                i = last + 1;
            }
            int suffixStart = start(c.getChild(from));
            int end = end(c.getChild(last));
            int at = from;
            boolean optional = isToken(c.getChild(at), JavaScriptLexer.QuestionDot);
            if (optional) {
                at++;
            }
            ParseTree part = c.getChild(at);
            if (isToken(part, JavaScriptLexer.Dot)) {
                part = c.getChild(++at);
            }
            if (optional) {
                if (pendingNew > 0) {
                    throw b.error(suffixStart, "Invalid optional chain from new expression");
                }
                chain = true;
            }
            if (part instanceof ArgumentsContext args) {
                List<Expression> list = arguments(args);
                if (pendingNew > 0 && !optional) {
                    int newStart = ((JsToken) ctx.getChild(pendingNew - 1)).getSymbol().getStartIndex();
                    expr = new Expression.New(b.span(newStart, end), expr, list);
                    pendingNew--;
                    start = newStart;
                } else {
                    expr = new Expression.Call(b.span(start, end), expr, list, optional);
                }
            } else if (part instanceof TemplateLiteralContext template) {
                if (chain) {
                    throw b.error(suffixStart, "Invalid tagged template on optional chain");
                }
                Expression.TemplateLiteral quasi = template(template, true);
                expr = new Expression.TaggedTemplate(b.span(start, end), expr, quasi);
            } else if (((JsToken) part).getSymbol().getType() == JavaScriptLexer.OpenBracket) {
                expr = new Expression.ComputedMember(b.span(start, end), expr, expression((JsRuleContext) c.getChild(at + 1)), optional);
            } else {
                JsToken token = (JsToken) ((JsToken) part).getSymbol();
                expr = token.getType() == JavaScriptLexer.PrivateIdentifier
                    ? new Expression.PrivateMember(b.span(start, end), expr, token.value().substring(1), optional)
                    : new Expression.Member(b.span(start, end), expr, token.value(), optional);
            }
        }
        int end = end(ctx.getChild(n - 1));
        while (pendingNew > 0) {
            int newStart = ((JsToken) ctx.getChild(pendingNew - 1)).getSymbol().getStartIndex();
            expr = new Expression.New(b.span(newStart, end), expr, List.of());
            pendingNew--;
        }
        if (chain) {
            expr = new Expression.OptionalChain(b.span(ctx.start.getStartIndex(), end), expr);
        }
        return expr;
    }

    /**
     * The index of the last child of the suffix written out from child {@code at} of {@code c}:
     * `.` name, `[` expression `]`, arguments, a template, or `?.` and one of those.
     */
    private static int suffixLast(JsRuleContext c, int at) {
        int i = at;
        if (!(c.getChild(i) instanceof JsToken t)) {
            return i;
        }
        int type = t.getSymbol().getType();
        if (type == JavaScriptLexer.QuestionDot) {
            i++;
            if (!(c.getChild(i) instanceof JsToken next)) {
                return i;
            }
            type = next.getSymbol().getType();
            if (type != JavaScriptLexer.OpenBracket) {
                return i;
            }
        }
        return type == JavaScriptLexer.OpenBracket ? i + 2 : i + 1;
    }

    private static boolean isToken(ParseTree node, int type) {
        return node instanceof JsToken t && t.getSymbol().getType() == type;
    }

    private static int start(ParseTree node) {
        return node instanceof JsToken t ? t.getSymbol().getStartIndex() : ((JsRuleContext) node).start.getStartIndex();
    }

    private static int end(ParseTree node) {
        return node instanceof JsToken t ? t.getSymbol().getStopIndex() + 1 : AstBuilder.end((JsRuleContext) node);
    }

    /** `super` must be followed by a property access, or by arguments (a super call) without `new`. */
    private void checkSuper(PrimaryExpressionContext primary, JsRuleContext ctx, int first, int n, int news) {
        if (first >= n) {
            throw b.error(primary, "'super' keyword unexpected here");
        }
        JsRuleContext c = ctx;
        int at = first;
        if (ctx.getChild(first) instanceof SuffixContext s) {
            c = s;
            at = 0;
        }
        ParseTree part = c.getChild(at);
        if (isToken(part, JavaScriptLexer.QuestionDot) || part instanceof TemplateLiteralContext
            || isToken(part, JavaScriptLexer.Dot) && isToken(c.getChild(at + 1), JavaScriptLexer.PrivateIdentifier)) {
            throw b.error(start(part), "'super' keyword unexpected here");
        }
        if (news > 0 && part instanceof ArgumentsContext) {
            throw b.error(primary, "'super' keyword unexpected here");
        }
    }

    /** Children: ( [...] assignment (, [...] assignment)* [,] ) */
    List<Expression> arguments(ArgumentsContext args) {
        int n = args.getChildCount();
        if (n == 2) {
            return new ArrayList<>(0);
        }
        List<Expression> out = new ArrayList<>(n / 2);
        for (int i = 1; i < n - 1; i++) {
            ParseTree c = args.getChild(i);
            if (c instanceof JsRuleContext r) {
                out.add(assignment(r));
            } else if (((JsToken) c).getSymbol().getType() == JavaScriptLexer.Ellipsis) {
                out.add(spread(((JsToken) c).getSymbol(), (JsRuleContext) args.getChild(++i)));
            }
        }
        return out;
    }

    /** `...` and the assignment expression after it. */
    private Expression spread(Token ellipsis, JsRuleContext value) {
        return new Expression.Spread(b.span(ellipsis.getStartIndex(), AstBuilder.end(value)), assignment(value));
    }

    // ---- primary expressions ----

    Expression primary(PrimaryExpressionContext p) {
        ParseTree first = p.getChild(0);
        if (first instanceof JsToken t) {
            JsToken token = (JsToken) t.getSymbol();
            switch (token.getType()) {
                case JavaScriptLexer.StringLiteral:
                    return stringLiteral(token);
                case JavaScriptLexer.NumericLiteral:
                    return numericLiteral(token);
                case JavaScriptLexer.Null:
                    return new Expression.NullLiteral(b.span(token));
                case JavaScriptLexer.True:
                    return new Expression.BooleanLiteral(b.span(token), true);
                case JavaScriptLexer.False:
                    return new Expression.BooleanLiteral(b.span(token), false);
                case JavaScriptLexer.This:
                    return new Expression.This(b.span(p));
                case JavaScriptLexer.Super:
                    return new Expression.Super(b.span(p));
                case JavaScriptLexer.RegularExpressionLiteral:
                    return regExp(token);
                case JavaScriptLexer.PrivateIdentifier:
                    throw b.error(token, "Unexpected private name " + token.getText());
                case JavaScriptLexer.OpenParen:
                    return parenthesized(p);
                case JavaScriptLexer.NewTargetKw: {
                    JsToken name = (JsToken) p.identifierName().start;
                    if (!name.textIs("target")) {
                        throw b.error(name, name.hasEscape() ? "Keyword must not contain escaped characters" : "Unexpected identifier after new.");
                    }
                    return new Expression.NewTarget(b.span(p));
                }
                case JavaScriptLexer.Import: {
                    if (p.identifierName() != null) {
                        JsToken name = (JsToken) p.identifierName().start;
                        if (!name.textIs("meta")) {
                            throw b.error(name, name.hasEscape() ? "Keyword must not contain escaped characters" : "Unexpected identifier after import.");
                        }
                        return new Expression.ImportMeta(b.span(p));
                    }
                    return new Expression.ImportCall(b.span(p), assignment(p.assignmentExpression()));
                }
                case JavaScriptLexer.AsyncArrowKw:
                    throw b.error(token, "Unexpected token 'async'");
                default:
                    throw b.error(token, "Unexpected token '" + token.getText() + "'");
            }
        }
        return switch (first) {
            case IdentifierContext id -> b.identifier(id);
            case ArrayLiteralContext a -> arrayLiteral(a);
            case ObjectLiteralContext o -> objectLiteral(o);
            case FunctionExpressionContext f -> new Expression.FunctionExpression(b.span(f), b.functionExpression(f));
            case ClassExpressionContext c -> {
                Expression.Identifier id = c.identifier() == null ? null : b.identifier(c.identifier());
                ClassNode node = b.classNode(b.span(c), id, c.classTail());
                yield new Expression.ClassExpression(b.span(c), node);
            }
            case TemplateLiteralContext t -> template(t, false);
            default -> throw b.error(p, "Unexpected token");
        };
    }

    private Expression parenthesized(PrimaryExpressionContext p) {
        ParenthesizedItemsContext items = p.parenthesizedItems();
        if (items == null) {
            throw b.error(p.CloseParen().getSymbol(), "Unexpected token ')'");
        }
        List<ParenthesizedItemContext> list = items.parenthesizedItem();
        List<Expression> values = new ArrayList<>(list.size());
        for (ParenthesizedItemContext item : list) {
            if (item.Ellipsis() != null) {
                throw b.error(item, "Unexpected token '...'");
            }
            values.add(assignment(item.assignmentExpression()));
        }
        if (items.getChildCount() == 2 * list.size()) {
            throw b.error(p.CloseParen().getSymbol(), "Unexpected token ')'");
        }
        Expression inner = values.size() == 1 ? values.get(0) : new Expression.Sequence(b.span(items), values);
        return new Expression.Parenthesized(b.span(p), inner);
    }

    Expression stringLiteral(JsToken t) {
        try {
            Literals.Cooked cooked = Literals.cookString(t.source(), t.getStartIndex(), t.getStopIndex() + 1);
            return new Expression.StringLiteral(b.span(t), cooked.value(), cooked.legacyEscape());
        } catch (Literals.BadEscape e) {
            throw b.error(t.getStartIndex() + e.at, e.getMessage());
        }
    }

    Expression numericLiteral(JsToken t) {
        int small = Literals.smallDecimal(t.source(), t.getStartIndex(), t.getStopIndex() + 1);
        if (small >= 0) {
            return new Expression.NumberLiteral(b.span(t), small, false);
        }
        String text = t.getText();
        if (text.endsWith("n")) {
            return new Expression.BigIntLiteral(b.span(t), Literals.bigint(text));
        }
        return new Expression.NumberLiteral(b.span(t), Literals.number(text), Literals.isLegacy(text));
    }

    private Expression regExp(JsToken t) {
        String text = t.getText();
        int close = text.lastIndexOf('/');
        String flags = text.substring(close + 1);
        String valid = "dgimsuy";
        for (int i = 0; i < flags.length(); i++) {
            char c = flags.charAt(i);
            if (valid.indexOf(c) < 0 || flags.indexOf(c, i + 1) >= 0) {
                throw b.error(t, "Invalid regular expression flags");
            }
        }
        String pattern = text.substring(1, close);
        try {
            // Early errors of the pattern (13.2.7.2); this also warms the compiled-program cache.
            dev.oryx.regexp.RegExpProgram.compile(pattern, flags);
        } catch (dev.oryx.regexp.RegExpSyntaxException e) {
            throw b.error(t, e.getMessage());
        }
        return new Expression.RegExpLiteral(b.span(t), pattern, flags);
    }

    Expression.TemplateLiteral template(TemplateLiteralContext t, boolean tagged) {
        List<Expression.TemplateElement> quasis = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        for (int ci = 0, cn = t.getChildCount(); ci < cn; ci++) {
            ParseTree c = t.getChild(ci);
            if (c instanceof JsToken tn) {
                JsToken token = (JsToken) tn.getSymbol();
                String text = token.getText();
                int type = token.getType();
                int from = 1;
                int to = text.length() - (type == JavaScriptLexer.TemplateHead || type == JavaScriptLexer.TemplateMiddle ? 2 : 1);
                String body = text.substring(from, to);
                String cooked = Literals.cookTemplate(body);
                if (cooked == null && !tagged) {
                    throw b.error(token, "Invalid escape sequence in template");
                }
                quasis.add(new Expression.TemplateElement(b.span(token), cooked, Literals.rawTemplate(body)));
            } else {
                values.add(expression((ExpressionContext) c));
            }
        }
        return new Expression.TemplateLiteral(b.span(t), quasis, values);
    }

    private Expression arrayLiteral(ArrayLiteralContext a) {
        List<Expression> elements = new ArrayList<>();
        boolean afterElement = false;
        boolean trailingCommaAfterSpread = false;
        for (int ci = 0, cn = a.getChildCount(); ci < cn; ci++) {
            ParseTree c = a.getChild(ci);
            if (c instanceof JsRuleContext e) {
                elements.add(assignment(e));
                afterElement = true;
                trailingCommaAfterSpread = false;
            } else if (c instanceof JsToken t && t.getSymbol().getType() == JavaScriptLexer.Ellipsis) {
                elements.add(spread(t.getSymbol(), (JsRuleContext) a.getChild(++ci)));
                afterElement = true;
                trailingCommaAfterSpread = false;
            } else if (c instanceof JsToken t && t.getSymbol().getType() == JavaScriptLexer.Comma) {
                if (afterElement) {
                    afterElement = false;
                    trailingCommaAfterSpread = !elements.isEmpty() && elements.get(elements.size() - 1) instanceof Expression.Spread;
                } else {
                    elements.add(null);
                }
            }
        }
        Expression.ArrayLiteral literal = new Expression.ArrayLiteral(b.span(a), elements);
        if (trailingCommaAfterSpread) {
            b.patterns.markCommaAfterSpread(literal);
        }
        return literal;
    }

    private Expression objectLiteral(ObjectLiteralContext o) {
        List<ObjectMember> members = new ArrayList<>();
        for (PropertyDefinitionContext pd : o.propertyDefinition()) {
            members.add(propertyDefinition(pd));
        }
        Expression.ObjectLiteral literal = new Expression.ObjectLiteral(b.span(o), members);
        if (!members.isEmpty() && members.get(members.size() - 1) instanceof Expression.Spread && o.Comma().size() == members.size()) {
            b.patterns.markCommaAfterSpread(literal);
        }
        return literal;
    }

    private ObjectMember propertyDefinition(PropertyDefinitionContext pd) {
        if (pd.Ellipsis() != null) {
            return new Expression.Spread(b.span(pd), assignment(pd.assignmentExpression()));
        }
        PropertyNameContext nameCtx = pd.propertyName();
        if (nameCtx.PrivateIdentifier() != null) {
            throw b.error(nameCtx, "Unexpected private name in object literal");
        }
        Expression key = propertyKey(nameCtx);
        boolean computed = nameCtx.OpenBracket() != null;
        MethodPrefixContext prefix = pd.methodPrefix();
        MethodTailContext tail = pd.methodTail();
        if (tail != null) {
            FunctionNode.Kind kind = FunctionNode.Kind.METHOD;
            ObjectMember.Kind propertyKind = ObjectMember.Kind.INIT;
            if (prefix != null && prefix.GetKw() != null) {
                kind = FunctionNode.Kind.GETTER;
                propertyKind = ObjectMember.Kind.GET;
            } else if (prefix != null && prefix.SetKw() != null) {
                kind = FunctionNode.Kind.SETTER;
                propertyKind = ObjectMember.Kind.SET;
            }
            JsRuleContext from = prefix != null ? prefix : nameCtx;
            FunctionNode fn = b.function(b.span(from, tail), null, tail.formalParameterList(), AstBuilder.items(tail.functionBody()),
                kind, prefix != null && prefix.Multiply() != null, prefix != null && prefix.AsyncKw() != null);
            Expression value = new Expression.FunctionExpression(fn.span(), fn);
            return new ObjectMember.Property(b.span(pd), key, computed, value, propertyKind, propertyKind == ObjectMember.Kind.INIT, false);
        }
        if (pd.Colon() != null) {
            return new ObjectMember.Property(b.span(pd), key, computed, assignment(pd.assignmentExpression()),
                ObjectMember.Kind.INIT, false, false);
        }
        // shorthand `{a}` or cover-initialized `{a = 1}`: the name must be an IdentifierReference
        if (computed || nameCtx.identifierName() == null || !isIdentifierReferenceToken(nameCtx.identifierName().start)) {
            throw b.error(nameCtx, "Unexpected token '" + (pd.Assign() != null ? "=" : nameCtx.getText()) + "'");
        }
        Expression.Identifier id = new Expression.Identifier(b.span(nameCtx), identifierNameValue(nameCtx.identifierName()));
        if (pd.Assign() != null) {
            Expression value = assignment(pd.assignmentExpression());
            Expression init = new Expression.Assignment(b.span(pd), AssignmentOperator.ASSIGN, id, value);
            ObjectMember.Property property = new ObjectMember.Property(b.span(pd), key, false, init, ObjectMember.Kind.INIT, false, true);
            b.patterns.recordCoverInitializer(property);
            return property;
        }
        return new ObjectMember.Property(b.span(pd), key, false, id, ObjectMember.Kind.INIT, false, true);
    }

    private static boolean isIdentifierReferenceToken(Token t) {
        int type = t.getType();
        return type == JavaScriptLexer.Identifier || type == JavaScriptLexer.Yield || type == JavaScriptLexer.Await;
    }

    /** A property key: Identifier (for names), StringLiteral, NumberLiteral, BigIntLiteral, PrivateName or a computed expression. */
    Expression propertyKey(PropertyNameContext nameCtx) {
        if (nameCtx.OpenBracket() != null) {
            return assignment(nameCtx.assignmentExpression());
        }
        if (nameCtx.identifierName() != null) {
            return new Expression.Identifier(b.span(nameCtx), identifierNameValue(nameCtx.identifierName()));
        }
        if (nameCtx.StringLiteral() != null) {
            return stringLiteral(AstBuilder.token(nameCtx.StringLiteral()));
        }
        if (nameCtx.NumericLiteral() != null) {
            return numericLiteral(AstBuilder.token(nameCtx.NumericLiteral()));
        }
        JsToken t = AstBuilder.token(nameCtx.PrivateIdentifier());
        return new Expression.PrivateName(b.span(t), t.value().substring(1));
    }

    static String identifierNameValue(IdentifierNameContext ctx) {
        return ((JsToken) ctx.start).value();
    }

    // ---- arrow functions ----

    /**
     * The PrimaryExpression when {@code ctx} (an assignment expression) is nothing but a primary
     * expression, else null.
     */
    static PrimaryExpressionContext soloPrimary(JsRuleContext ctx) {
        return ctx.getChildCount() == 1 && ctx.getChild(0) instanceof PrimaryExpressionContext primary ? primary : null;
    }

    /** An arrow function: the head is the first {@code k} children of {@code whole}, then `=>` and the body. */
    private Expression arrow(JsRuleContext whole, int k0, int k, JsRuleContext bodyCtx) {
        // a head of one child: an identifier or a primary expression (parenthesized, async head)
        ParseTree head = k == k0 && k0 == 1 ? whole.getChild(0) : null;
        if (!(head instanceof PrimaryExpressionContext || head instanceof JsToken)) {
            throw b.error(whole, "Malformed arrow function parameter list");
        }
        PrimaryExpressionContext p = head instanceof PrimaryExpressionContext primary ? primary : null;
        boolean async = p != null && p.AsyncArrowKw() != null;
        List<Pattern> params = new ArrayList<>();
        Pattern rest = null;
        if (p == null) {
            // `x => ...`: the head is the identifier token itself
            JsToken name = (JsToken) ((JsToken) head).getSymbol();
            params.add(new Expression.Identifier(b.span(name), name.value()));
        } else if (p.identifier() != null) {
            params.add(b.identifier(p.identifier()));
        } else if (p.OpenParen() != null && p.arguments() == null) {
            ParenthesizedItemsContext items = p.parenthesizedItems();
            if (items != null) {
                List<ParenthesizedItemContext> list = items.parenthesizedItem();
                boolean trailingComma = items.getChildCount() == 2 * list.size();
                for (int i = 0; i < list.size(); i++) {
                    ParenthesizedItemContext item = list.get(i);
                    Expression value = assignment(item.assignmentExpression());
                    if (item.Ellipsis() != null) {
                        if (i != list.size() - 1 || trailingComma) {
                            throw b.error(item, "Rest parameter must be last formal parameter");
                        }
                        rest = b.patterns.bindingFromExpression(value, false);
                    } else {
                        params.add(b.patterns.bindingFromExpression(value, true));
                    }
                }
            }
        } else if (p.arguments() != null) {
            // children: ( [...] assignment (, [...] assignment)* [,] )
            ArgumentsContext args = p.arguments();
            int n = args.getChildCount();
            for (int i = 1; i < n - 1; i++) {
                ParseTree c = args.getChild(i);
                if (c instanceof JsToken t && t.getSymbol().getType() == JavaScriptLexer.Ellipsis) {
                    Expression value = assignment((JsRuleContext) args.getChild(++i));
                    if (i + 1 != n - 1) {
                        throw b.error(t.getSymbol(), "Rest parameter must be last formal parameter");
                    }
                    rest = b.patterns.bindingFromExpression(value, false);
                } else if (c instanceof JsRuleContext r) {
                    params.add(b.patterns.bindingFromExpression(assignment(r), true));
                }
            }
        } else {
            throw b.error(whole, "Malformed arrow function parameter list");
        }
        SourceSpan span = b.span(whole);
        boolean outer = b.strict;
        try {
            List<Statement> body;
            boolean expressionBody;
            boolean useStrict = false;
            if (bodyCtx.getChild(0) instanceof JsToken) {
                List<StatementListItemContext> items = AstBuilder.items(bodyCtx);
                useStrict = b.hasUseStrict(items);
                b.strict = outer || useStrict;
                body = b.statementList(items, true);
                expressionBody = false;
            } else {
                Expression value = assignment((JsRuleContext) bodyCtx.getChild(0));
                body = List.of(new Statement.Return(value.span(), value));
                expressionBody = true;
            }
            FunctionNode fn = new FunctionNode(span, null, List.copyOf(params), rest, body, FunctionNode.Kind.ARROW,
                false, async, b.strict, useStrict, expressionBody);
            return new Expression.ArrowFunction(span, fn);
        } finally {
            b.strict = outer;
        }
    }
}
