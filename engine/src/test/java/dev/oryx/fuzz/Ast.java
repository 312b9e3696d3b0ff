package dev.oryx.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.oryx.ast.ClassElement;
import dev.oryx.ast.ClassNode;
import dev.oryx.ast.Expression;
import dev.oryx.ast.Expression.AssignmentOperator;
import dev.oryx.ast.Expression.BinaryOperator;
import dev.oryx.ast.Expression.Identifier;
import dev.oryx.ast.Expression.LogicalOperator;
import dev.oryx.ast.Expression.UnaryOperator;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.ObjectMember;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.SourceSpan;
import dev.oryx.ast.Statement;

/**
 * Short constructors of AST nodes for the program generator. Generated nodes have no source
 * position: every span is {@link #AT}; the printer does not need one.
 */
final class Ast {
    static final SourceSpan AT = new SourceSpan(0, 0, 1, 1);
    /** The prelude's fuel function: every generated function and loop body starts with a call of it. */
    static final String TICK = "$tick";

    private Ast() {
    }

    static Identifier id(String name) {
        return new Identifier(AT, name);
    }

    static Expression num(double value) {
        if (value < 0 || value == 0 && 1 / value < 0) {
            return unary(UnaryOperator.MINUS, new Expression.NumberLiteral(AT, -value, false));
        }
        if (Double.isNaN(value)) {
            return id("NaN");
        }
        if (Double.isInfinite(value)) {
            return id("Infinity");
        }
        return new Expression.NumberLiteral(AT, value, false);
    }

    static Expression str(String value) {
        return new Expression.StringLiteral(AT, value, false);
    }

    static Expression big(BigInteger value) {
        if (value.signum() < 0) {
            return unary(UnaryOperator.MINUS, new Expression.BigIntLiteral(AT, value.negate()));
        }
        return new Expression.BigIntLiteral(AT, value);
    }

    static Expression bool(boolean value) {
        return new Expression.BooleanLiteral(AT, value);
    }

    static Expression nul() {
        return new Expression.NullLiteral(AT);
    }

    static Expression undef() {
        return id("undefined");
    }

    static Expression unary(UnaryOperator op, Expression e) {
        return new Expression.Unary(AT, op, e);
    }

    static Expression binary(BinaryOperator op, Expression left, Expression right) {
        return new Expression.Binary(AT, op, left, right);
    }

    static Expression logical(LogicalOperator op, Expression left, Expression right) {
        return new Expression.Logical(AT, op, left, right);
    }

    static Expression assign(Pattern target, Expression value) {
        return new Expression.Assignment(AT, AssignmentOperator.ASSIGN, target, value);
    }

    static Expression assign(AssignmentOperator op, Pattern target, Expression value) {
        return new Expression.Assignment(AT, op, target, value);
    }

    static Expression update(boolean increment, boolean prefix, Expression target) {
        return new Expression.Update(AT, increment, prefix, target);
    }

    static Expression cond(Expression test, Expression yes, Expression no) {
        return new Expression.Conditional(AT, test, yes, no);
    }

    static Expression seq(Expression... es) {
        return new Expression.Sequence(AT, List.of(es));
    }

    static Expression call(Expression callee, Expression... args) {
        return new Expression.Call(AT, callee, List.of(args), false);
    }

    static Expression call(Expression callee, List<Expression> args) {
        return new Expression.Call(AT, callee, List.copyOf(args), false);
    }

    static Expression call(String callee, Expression... args) {
        return call(id(callee), args);
    }

    static Expression newExpr(Expression callee, List<Expression> args) {
        return new Expression.New(AT, callee, List.copyOf(args));
    }

    /** {@code object.name(args)}. */
    static Expression invoke(Expression object, String name, Expression... args) {
        return call(member(object, name), args);
    }

    static Expression invoke(Expression object, String name, List<Expression> args) {
        return call(member(object, name), args);
    }

    static Expression.Member member(Expression object, String name) {
        return new Expression.Member(AT, object, name, false);
    }

    static Expression.ComputedMember index(Expression object, Expression property) {
        return new Expression.ComputedMember(AT, object, property, false);
    }

    static Expression optionalMember(Expression object, String name) {
        return new Expression.OptionalChain(AT, new Expression.Member(AT, object, name, true));
    }

    static Expression.Spread spread(Expression e) {
        return new Expression.Spread(AT, e);
    }

    static Expression array(List<Expression> elements) {
        return new Expression.ArrayLiteral(AT, new ArrayList<>(elements));
    }

    static Expression array(Expression... elements) {
        return array(List.of(elements));
    }

    static Expression object(List<ObjectMember> members) {
        return new Expression.ObjectLiteral(AT, List.copyOf(members));
    }

    static ObjectMember.Property prop(Expression key, boolean computed, Expression value) {
        return new ObjectMember.Property(AT, key, computed, value, ObjectMember.Kind.INIT, false, false);
    }

    static ObjectMember.Property prop(String key, Expression value) {
        return prop(propertyKey(key), false, value);
    }

    static ObjectMember.Property shorthand(String name) {
        return new ObjectMember.Property(AT, id(name), false, id(name), ObjectMember.Kind.INIT, false, true);
    }

    static ObjectMember.Property accessor(String key, ObjectMember.Kind kind, FunctionNode fn) {
        return new ObjectMember.Property(AT, propertyKey(key), false, new Expression.FunctionExpression(AT, fn), kind,
            false, false);
    }

    static ObjectMember.Property methodProp(String key, FunctionNode fn) {
        return new ObjectMember.Property(AT, propertyKey(key), false, new Expression.FunctionExpression(AT, fn),
            ObjectMember.Kind.INIT, true, false);
    }

    /** A non-computed property key: an identifier name, or a string or number literal. */
    static Expression propertyKey(String key) {
        if (key.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            return id(key);
        }
        if (key.matches("0|[1-9][0-9]{0,8}")) {
            return new Expression.NumberLiteral(AT, Integer.parseInt(key), false);
        }
        return str(key);
    }

    /** A template literal from the raw texts between its substitutions. */
    static Expression template(List<String> raws, List<Expression> expressions) {
        List<Expression.TemplateElement> quasis = new ArrayList<>();
        for (String raw : raws) {
            quasis.add(new Expression.TemplateElement(AT, cooked(raw), raw));
        }
        return new Expression.TemplateLiteral(AT, quasis, List.copyOf(expressions));
    }

    /** The template value of raw text with the escapes the generator writes (n, t, uXXXX and escaped characters). */
    private static String cooked(String raw) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    static Expression typeOf(Expression e) {
        return unary(UnaryOperator.TYPEOF, e);
    }

    static Expression arrow(FunctionNode fn) {
        return new Expression.ArrowFunction(AT, fn);
    }

    static Expression function(FunctionNode fn) {
        return new Expression.FunctionExpression(AT, fn);
    }

    static FunctionNode functionNode(String name, List<Pattern> params, Pattern rest, List<Statement> body,
                                     FunctionNode.Kind kind, boolean generator, boolean async, boolean strict) {
        return new FunctionNode(AT, name == null ? null : id(name), List.copyOf(params), rest, List.copyOf(body), kind,
            generator, async, strict, false, false);
    }

    /** An arrow function with an expression body. */
    static FunctionNode expressionArrow(List<Pattern> params, Expression body, boolean async, boolean strict) {
        return new FunctionNode(AT, null, List.copyOf(params), null, List.of(new Statement.Return(AT, body)),
            FunctionNode.Kind.ARROW, false, async, strict, false, true);
    }

    static ClassNode classNode(String name, Expression superClass, List<ClassElement> body) {
        return new ClassNode(AT, name == null ? null : id(name), superClass, List.copyOf(body));
    }

    // ---- statements ----

    static Statement expr(Expression e) {
        return new Statement.ExpressionStatement(AT, e, null);
    }

    static Statement tick() {
        return expr(call(TICK));
    }

    static boolean isTick(Statement s) {
        return s instanceof Statement.ExpressionStatement e && isTickCall(e.expression());
    }

    static boolean isTickCall(Expression e) {
        return e instanceof Expression.Call c && c.callee() instanceof Identifier i && i.name().equals(TICK)
            && c.arguments().isEmpty();
    }

    static Statement declare(Statement.DeclarationKind kind, Pattern target, Expression init) {
        return new Statement.VariableDeclaration(AT, kind,
            List.of(new Statement.VariableDeclarator(AT, target, init)));
    }

    static Statement.VariableDeclaration declaration(Statement.DeclarationKind kind, Pattern target, Expression init) {
        return new Statement.VariableDeclaration(AT, kind,
            List.of(new Statement.VariableDeclarator(AT, target, init)));
    }

    static Statement.Block block(List<Statement> body) {
        return new Statement.Block(AT, List.copyOf(body));
    }

    static Statement ifStatement(Expression test, Statement yes, Statement no) {
        return new Statement.If(AT, test, yes, no);
    }

    static Statement ret(Expression e) {
        return new Statement.Return(AT, e);
    }

    static Statement print(Expression... args) {
        return expr(call("print", args));
    }

    static Statement print(List<Expression> args) {
        return expr(call(id("print"), args));
    }

    /** {@code $show(e)}: the prelude's unambiguous rendering of a value. */
    static Expression show(Expression e) {
        return call("$show", e);
    }
}
