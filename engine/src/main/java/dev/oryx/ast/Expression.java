package dev.oryx.ast;

import java.math.BigInteger;
import java.util.List;

/** Expressions (ECMA-262 13). */
public sealed interface Expression extends Node {

    /** An IdentifierReference, a BindingIdentifier or (as a non-computed key) an IdentifierName. */
    record Identifier(SourceSpan span, String name) implements Expression, Pattern {
    }

    /** {@code #name} as a class element key; {@code name} excludes the '#'. */
    record PrivateName(SourceSpan span, String name) implements Expression {
    }

    record NullLiteral(SourceSpan span) implements Expression {
    }

    record BooleanLiteral(SourceSpan span, boolean value) implements Expression {
    }

    /** {@code legacy} marks legacy octal ({@code 017}) and NonOctalDecimal ({@code 08}) forms, forbidden in strict code. */
    record NumberLiteral(SourceSpan span, double value, boolean legacy) implements Expression {
    }

    /** {@code legacyEscape} marks octal escapes and {@code \8 \9}, forbidden in strict code. */
    record StringLiteral(SourceSpan span, String value, boolean legacyEscape) implements Expression {
    }

    record BigIntLiteral(SourceSpan span, BigInteger value) implements Expression {
    }

    record RegExpLiteral(SourceSpan span, String pattern, String flags) implements Expression {
    }

    /** {@code quasis.size() == expressions.size() + 1}. */
    record TemplateLiteral(SourceSpan span, List<TemplateElement> quasis, List<Expression> expressions)
        implements Expression {
    }

    /** {@code cooked} is null when the text has an invalid escape (allowed in tagged templates only). */
    record TemplateElement(SourceSpan span, String cooked, String raw) implements Node {
    }

    record TaggedTemplate(SourceSpan span, Expression tag, TemplateLiteral quasi) implements Expression {
    }

    record This(SourceSpan span) implements Expression {
    }

    /** {@code super}: only as the object of a member access or the callee of a call. */
    record Super(SourceSpan span) implements Expression {
    }

    /** Elements are expressions, {@link Spread}, or null for holes. */
    record ArrayLiteral(SourceSpan span, List<Expression> elements) implements Expression {
    }

    record ObjectLiteral(SourceSpan span, List<ObjectMember> members) implements Expression {
    }

    /** {@code ...argument} in array literals, arguments and object literals. */
    record Spread(SourceSpan span, Expression argument) implements Expression, ObjectMember {
    }

    record FunctionExpression(SourceSpan span, FunctionNode function) implements Expression {
    }

    record ArrowFunction(SourceSpan span, FunctionNode function) implements Expression {
    }

    record ClassExpression(SourceSpan span, ClassNode classNode) implements Expression {
    }

    enum UnaryOperator {
        DELETE("delete"), VOID("void"), TYPEOF("typeof"), PLUS("+"), MINUS("-"), BIT_NOT("~"), NOT("!");

        public final String symbol;

        UnaryOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    record Unary(SourceSpan span, UnaryOperator operator, Expression argument) implements Expression {
    }

    /** {@code ++x}, {@code x--} ... */
    record Update(SourceSpan span, boolean increment, boolean prefix, Expression argument) implements Expression {
    }

    enum BinaryOperator {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), EXP("**"),
        SHL("<<"), SAR(">>"), SHR(">>>"), BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"),
        EQ("=="), NE("!="), STRICT_EQ("==="), STRICT_NE("!=="), LT("<"), GT(">"), LE("<="), GE(">="),
        IN("in"), INSTANCEOF("instanceof");

        public final String symbol;

        BinaryOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    record Binary(SourceSpan span, BinaryOperator operator, Expression left, Expression right) implements Expression {
    }

    enum LogicalOperator {
        AND("&&"), OR("||"), NULLISH("??");

        public final String symbol;

        LogicalOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    record Logical(SourceSpan span, LogicalOperator operator, Expression left, Expression right) implements Expression {
    }

    /** {@code #name in object}. */
    record PrivateIn(SourceSpan span, String name, Expression object) implements Expression {
    }

    enum AssignmentOperator {
        ASSIGN("=", null), ADD("+=", BinaryOperator.ADD), SUB("-=", BinaryOperator.SUB), MUL("*=", BinaryOperator.MUL),
        DIV("/=", BinaryOperator.DIV), MOD("%=", BinaryOperator.MOD), EXP("**=", BinaryOperator.EXP),
        SHL("<<=", BinaryOperator.SHL), SAR(">>=", BinaryOperator.SAR), SHR(">>>=", BinaryOperator.SHR),
        BIT_AND("&=", BinaryOperator.BIT_AND), BIT_OR("|=", BinaryOperator.BIT_OR), BIT_XOR("^=", BinaryOperator.BIT_XOR),
        AND("&&=", null), OR("||=", null), NULLISH("??=", null);

        public final String symbol;
        /** The binary operator of a compound assignment; null for =, &&=, ||= and ??=. */
        public final BinaryOperator binary;

        AssignmentOperator(String symbol, BinaryOperator binary) {
            this.symbol = symbol;
            this.binary = binary;
        }
    }

    /** {@code target} is a destructuring pattern only for {@code =}; otherwise an identifier or member. */
    record Assignment(SourceSpan span, AssignmentOperator operator, Pattern target, Expression value)
        implements Expression {
    }

    record Conditional(SourceSpan span, Expression test, Expression consequent, Expression alternate)
        implements Expression {
    }

    record Sequence(SourceSpan span, List<Expression> expressions) implements Expression {
    }

    /**
     * Arguments may contain {@link Spread}. {@code optional} marks {@code callee?.(...)}. A call is
     * also a Pattern because sloppy code may assign to one (web compatibility: evaluating it throws
     * a ReferenceError after the call).
     */
    record Call(SourceSpan span, Expression callee, List<Expression> arguments, boolean optional)
        implements Expression, Pattern {
    }

    record New(SourceSpan span, Expression callee, List<Expression> arguments) implements Expression {
    }

    /** {@code object.name}; {@code optional} marks {@code object?.name}. */
    record Member(SourceSpan span, Expression object, String name, boolean optional) implements Expression, Pattern {
    }

    /** {@code object[property]}; {@code optional} marks {@code object?.[property]}. */
    record ComputedMember(SourceSpan span, Expression object, Expression property, boolean optional)
        implements Expression, Pattern {
    }

    /** {@code object.#name}. */
    record PrivateMember(SourceSpan span, Expression object, String name, boolean optional)
        implements Expression, Pattern {
    }

    /** The extent of an optional chain: short-circuiting inside it yields undefined for the whole chain. */
    record OptionalChain(SourceSpan span, Expression expression) implements Expression {
    }

    /** {@code argument} may be null. */
    record Yield(SourceSpan span, Expression argument, boolean delegate) implements Expression {
    }

    record Await(SourceSpan span, Expression argument) implements Expression {
    }

    record NewTarget(SourceSpan span) implements Expression {
    }

    record ImportMeta(SourceSpan span) implements Expression {
    }

    record ImportCall(SourceSpan span, Expression source) implements Expression {
    }

    /** Kept because early errors and a few semantics depend on parentheses. */
    record Parenthesized(SourceSpan span, Expression expression) implements Expression {
    }
}
