package dev.oryx.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.oryx.ast.Expression;
import dev.oryx.ast.Expression.BinaryOperator;
import dev.oryx.ast.Expression.LogicalOperator;
import dev.oryx.ast.Expression.UnaryOperator;
import dev.oryx.ast.Program;
import dev.oryx.ast.SourceSpan;
import dev.oryx.ast.Statement;

/** The parentheses and spellings AstPrinter chooses, on trees built by hand and on parsed programs. */
class AstPrinterTest {
    private static final SourceSpan AT = new SourceSpan(0, 0, 1, 1);

    private static Expression id(String name) {
        return new Expression.Identifier(AT, name);
    }

    private static Expression num(double v) {
        return new Expression.NumberLiteral(AT, v, false);
    }

    private static Expression bin(BinaryOperator op, Expression l, Expression r) {
        return new Expression.Binary(AT, op, l, r);
    }

    private static String reprint(String source) {
        return AstPrinter.print(Parser.parseScript(source, "t.js")).strip();
    }

    @Test
    void precedenceAndAssociativityAddOnlyNeededParentheses() {
        assertEquals("(a + b) * c", AstPrinter.print(bin(BinaryOperator.MUL, bin(BinaryOperator.ADD, id("a"), id("b")), id("c"))));
        assertEquals("a + b * c", AstPrinter.print(bin(BinaryOperator.ADD, id("a"), bin(BinaryOperator.MUL, id("b"), id("c")))));
        assertEquals("a - (b - c)", AstPrinter.print(bin(BinaryOperator.SUB, id("a"), bin(BinaryOperator.SUB, id("b"), id("c")))));
        assertEquals("a - b - c", AstPrinter.print(bin(BinaryOperator.SUB, bin(BinaryOperator.SUB, id("a"), id("b")), id("c"))));
        assertEquals("a ** b ** c", AstPrinter.print(bin(BinaryOperator.EXP, id("a"), bin(BinaryOperator.EXP, id("b"), id("c")))));
        assertEquals("(a ** b) ** c", AstPrinter.print(bin(BinaryOperator.EXP, bin(BinaryOperator.EXP, id("a"), id("b")), id("c"))));
    }

    @Test
    void grammarRestrictionsAddParentheses() {
        Expression negA = new Expression.Unary(AT, UnaryOperator.MINUS, id("a"));
        assertEquals("(-a) ** 2", AstPrinter.print(bin(BinaryOperator.EXP, negA, num(2))));
        Expression or = new Expression.Logical(AT, LogicalOperator.OR, id("b"), id("c"));
        assertEquals("a ?? (b || c)", AstPrinter.print(new Expression.Logical(AT, LogicalOperator.NULLISH, id("a"), or)));
        Expression call = new Expression.Call(AT, id("f"), List.of(), false);
        assertEquals("new (f())()", AstPrinter.print(new Expression.New(AT, call, List.of())));
        Expression chain = new Expression.OptionalChain(AT, new Expression.Member(AT, id("a"), "b", true));
        assertEquals("(a?.b).c", AstPrinter.print(new Expression.Member(AT, chain, "c", false)));
        assertEquals("1..toString", AstPrinter.print(new Expression.Member(AT, num(1), "toString", false)));
        assertEquals("- -a", AstPrinter.print(new Expression.Unary(AT, UnaryOperator.MINUS, negA)));
        assertEquals("typeof a", AstPrinter.print(new Expression.Unary(AT, UnaryOperator.TYPEOF, id("a"))));
    }

    @Test
    void expressionStatementsDoNotStartLikeDeclarations() {
        Expression object = new Expression.ObjectLiteral(AT, List.of());
        Program program = new Program(AT, List.of(new Statement.ExpressionStatement(AT,
            new Expression.Member(AT, object, "x", false), null)), false, false, "", "t.js");
        assertEquals("({}.x);", AstPrinter.print(program).strip());
        assertEquals("(function() {})();", reprint("(function () {})();"));
        assertEquals("export default {};", AstPrinter.print(Parser.parseModule("export default {}", "m.js")).strip());
    }

    @Test
    void forHeadsKeepInOperatorsParenthesized() {
        Expression in = bin(BinaryOperator.IN, id("a"), id("b"));
        Statement.For loop = new Statement.For(AT, in, null, null, new Statement.Empty(AT));
        Program program = new Program(AT, List.of(loop), false, false, "", "t.js");
        assertEquals("for ((a in b);;) ;", AstPrinter.print(program).strip());
        assertEquals("for (var x = [a in b];;) ;", reprint("for (var x = [a in b];;);"));
    }

    @Test
    void legacyLiteralsStayLegacy() {
        assertEquals("x = \"\\001\";", reprint("x = '\\1'"));
        assertEquals("010;", reprint("010"));
        assertEquals("\"use strict\";", reprint("'use strict'"));
    }
}
