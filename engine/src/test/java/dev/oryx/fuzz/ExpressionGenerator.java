package dev.oryx.fuzz;

import static dev.oryx.fuzz.Ast.AT;
import static dev.oryx.fuzz.ProgramGenerator.w;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.oryx.ast.Expression;
import dev.oryx.ast.Expression.AssignmentOperator;
import dev.oryx.ast.Expression.BinaryOperator;
import dev.oryx.ast.Expression.LogicalOperator;
import dev.oryx.ast.Expression.UnaryOperator;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.ObjectMember;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.Statement;
import dev.oryx.fuzz.ProgramGenerator.FunctionContext;
import dev.oryx.fuzz.ProgramGenerator.Weighted;
import dev.oryx.fuzz.Scope.Binding;
import dev.oryx.fuzz.Scope.ClassInfo;
import dev.oryx.fuzz.Scope.FunctionInfo;
import dev.oryx.fuzz.Scope.Type;

/**
 * Expressions for {@link ProgramGenerator}, directed by a rough type so that most operations
 * make sense, with mixed types on purpose now and then (numbers with strings and booleans,
 * BigInt with Number, calls of what may not be a function) and every kind of number: ints,
 * doubles, -0, NaN, infinities, values at the int32 and 2^53 edges.
 *
 * <p>Only operations whose result the specification fixes: no transcendental Math functions
 * (implementation-approximated), {@code **} with integer exponents, radix conversions of
 * integers only, no sort comparators (an inconsistent one makes the order implementation-defined),
 * nothing newer than ES2022.
 */
final class ExpressionGenerator {
    private static final int DEPTH = 3;
    private static final List<Double> NUMBERS = List.of(0.0, 1.0, 2.0, 3.0, 5.0, 7.0, 10.0, 16.0, 31.0, 32.0, 100.0, 255.0,
        256.0, 65535.0, 65536.0, 2147483647.0, 2147483648.0, 4294967295.0, 4294967296.0, 9007199254740991.0,
        9007199254740992.0, 1e21, 0.5, 1.5, 2.5, 0.1, 0.2, 0.3, 123.456, 1e-7, 5e-324, 1.7976931348623157e308, -1.0,
        -0.0, -2147483648.0, -2.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.14159, 1e10,
        0.000001, 12345678.9);
    private static final List<String> STRINGS = List.of("", "a", "b", "abc", "hello world", "0", "1", "-1", "42", " 42 ",
        "1e3", "0x1f", "0b101", "1_000", "Infinity", "-0", "true", "null", "NaN", "a,b,c", "\u00e9t\u00e9",
        "stra\u00dfe", "\u0130", "\u03a9mega", "\ud83d\ude00", "x\ny", "tab\there", "'q'", "\"dq\"", "back\\slash",
        "\u0000", "\ud800", "  padded  ", "ABC", "3.5", ".5", "5.", "+7", "1n", "12px", "\u00a0 \u2028");
    private static final List<String> TEMPLATE_TEXTS = List.of("", "x", " and ", "<", ">", "=", "v: ", "\\n", "\\u0041", "$ ");
    private static final List<BigInteger> BIGINTS = List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
        BigInteger.TEN, BigInteger.valueOf(255), BigInteger.valueOf(-1), BigInteger.valueOf(-7),
        BigInteger.ONE.shiftLeft(31), BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE), BigInteger.ONE.shiftLeft(63),
        BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), new BigInteger("123456789012345678901234567890"),
        BigInteger.ONE.shiftLeft(100).negate());
    private static final List<String> KEYS = List.of("a", "b", "c", "a", "b", "0", "1", "2", "x y", "length", "d");

    private final ProgramGenerator g;

    ExpressionGenerator(ProgramGenerator g) {
        this.g = g;
    }

    Expression expression(Type type) {
        return expression(type, 1 + g.pick(DEPTH));
    }

    Expression expression(Type type, int depth) {
        g.budget--;
        if (depth <= 0 || g.budget <= 0) {
            return leaf(type);
        }
        int d = depth - 1;
        return switch (type) {
            case NUM -> number(d);
            case STR -> string(d);
            case BIG -> bigint(d);
            case BOOL -> bool(d);
            case ARR -> array(d);
            case OBJ, INST -> object(d);
            case MAP -> map(d);
            case FUNC, CLASS -> functionValue(new FunctionInfo(paramTypes(), false, false));
            case ANY -> any(d);
        };
    }

    // ---- leaves ----

    Expression leaf(Type type) {
        Binding v = g.variable(type);
        if (v != null && g.chance(50)) {
            return Ast.id(v.name());
        }
        return switch (type) {
            case NUM -> Ast.num(g.oneOf(NUMBERS));
            case STR -> Ast.str(g.oneOf(STRINGS));
            case BIG -> Ast.big(g.oneOf(BIGINTS));
            case BOOL -> Ast.bool(g.chance(50));
            case ARR -> g.chance(30) ? Ast.array() : Ast.array(Ast.num(g.pick(4)), Ast.str(g.oneOf(STRINGS)), Ast.num(g.oneOf(NUMBERS)));
            case OBJ, INST -> g.chance(30) ? Ast.object(List.of())
                : Ast.object(List.of(Ast.prop(propertyName(), leaf(Type.NUM)), Ast.prop(propertyName(), leaf(Type.STR))));
            case MAP -> Ast.newExpr(Ast.id(g.chance(50) ? "Map" : "Set"), List.of());
            case FUNC, CLASS -> Ast.arrow(Ast.expressionArrow(List.of(Ast.id("q")),
                Ast.seq(Ast.call(Ast.TICK), Ast.id("q")), false, g.function.strict));
            case ANY -> g.chance(20) ? (g.chance(50) ? Ast.nul() : Ast.undef()) : leaf(g.valueType() == Type.ANY ? Type.NUM : g.valueType());
        };
    }

    String propertyName() {
        return g.oneOf(KEYS);
    }

    /** A property name that can follow a dot. */
    private String identifierKey() {
        return g.oneOf(List.of("a", "b", "c", "d", "length", "x"));
    }

    /** {@code object.name} or {@code object["name"]}. */
    private Expression.Member access(Expression object) {
        return Ast.member(object, identifierKey());
    }

    private Expression key() {
        return g.chance(70) ? Ast.str(propertyName()) : g.chance(50) ? Ast.num(g.pick(4)) : expression(Type.STR, 1);
    }

    private Expression var(Type type) {
        Binding b = g.variable(type);
        return b == null ? null : Ast.id(b.name());
    }

    private Expression assignableVar(Type type) {
        List<Binding> candidates = new ArrayList<>();
        for (Binding b : g.scope.visible()) {
            if (b.type() == type && b.assignable()) {
                candidates.add(b);
            }
        }
        return candidates.isEmpty() ? null : Ast.id(g.oneOf(candidates).name());
    }

    private Expression orLeaf(Expression e, Type type) {
        return e != null ? e : leaf(type);
    }

    // ---- numbers ----

    private Expression number(int d) {
        List<Weighted<Expression>> c = new ArrayList<>();
        c.add(w(10, () -> leaf(Type.NUM)));
        c.add(w(10, () -> Ast.binary(g.oneOf(List.of(BinaryOperator.ADD, BinaryOperator.SUB, BinaryOperator.MUL,
            BinaryOperator.DIV, BinaryOperator.MOD)), expression(Type.NUM, d), expression(Type.NUM, d))));
        c.add(w(4, () -> Ast.binary(g.oneOf(List.of(BinaryOperator.BIT_AND, BinaryOperator.BIT_OR, BinaryOperator.BIT_XOR,
            BinaryOperator.SHL, BinaryOperator.SAR, BinaryOperator.SHR)), expression(Type.NUM, d), expression(Type.NUM, d))));
        // Number::exponentiate is implementation-approximated: only exact powers
        c.add(w(1, () -> g.chance(50)
            ? Ast.binary(BinaryOperator.EXP, Ast.binary(BinaryOperator.BIT_AND, expression(Type.NUM, d), Ast.num(255)), Ast.num(g.pick(4)))
            : Ast.binary(BinaryOperator.EXP, Ast.num(g.chance(70) ? 2 : -2), Ast.num(g.pick(64) - 3))));
        c.add(w(3, () -> Ast.unary(g.oneOf(List.of(UnaryOperator.MINUS, UnaryOperator.PLUS, UnaryOperator.BIT_NOT)),
            expression(Type.NUM, d))));
        c.add(w(4, () -> switch (g.pick(6)) {
            case 0 -> Ast.unary(UnaryOperator.PLUS, expression(Type.STR, d));
            case 1 -> Ast.call("Number", expression(Type.ANY, d));
            case 2 -> g.chance(50) ? Ast.call("parseInt", expression(Type.STR, d))
                : Ast.call("parseInt", expression(Type.STR, d), Ast.num(g.oneOf(List.of(2.0, 8.0, 10.0, 16.0, 36.0, 0.0))));
            case 3 -> Ast.call("parseFloat", expression(Type.STR, d));
            case 4 -> Ast.binary(g.oneOf(List.of(BinaryOperator.ADD, BinaryOperator.SUB, BinaryOperator.MUL)),
                expression(Type.ANY, d), expression(Type.ANY, d));
            default -> Ast.binary(BinaryOperator.ADD, expression(Type.BOOL, d), expression(Type.NUM, d));
        }));
        c.add(w(4, () -> math(d)));
        c.add(w(3, () -> Ast.member(expression(g.chance(50) ? Type.STR : Type.ARR, d), "length")));
        c.add(w(2, () -> switch (g.pick(5)) {
            case 0 -> Ast.invoke(expression(Type.STR, d), "charCodeAt", expression(Type.NUM, d));
            case 1 -> Ast.invoke(expression(Type.STR, d), "indexOf", expression(Type.STR, d));
            case 2 -> Ast.invoke(expression(Type.STR, d), "lastIndexOf", expression(Type.STR, d));
            case 3 -> Ast.invoke(expression(Type.STR, d), "codePointAt", Ast.num(g.pick(3)));
            default -> Ast.invoke(expression(Type.STR, d), "includes", expression(Type.STR, d));
        }));
        c.add(w(2, () -> switch (g.pick(3)) {
            case 0 -> Ast.invoke(expression(Type.ARR, d), "indexOf", expression(Type.ANY, d));
            case 1 -> Ast.invoke(expression(Type.ARR, d), "findIndex", Ast.arrow(callback(List.of(Type.ANY), Type.BOOL)));
            default -> Ast.invoke(expression(Type.ARR, d), "reduce", Ast.arrow(callback(List.of(Type.NUM, Type.ANY), Type.NUM)),
                Ast.num(0));
        }));
        Expression target = assignableVar(Type.NUM);
        if (target != null) {
            c.add(w(2, () -> g.chance(50) ? Ast.update(g.chance(50), g.chance(50), target)
                : Ast.assign(ProgramGenerator.compound(Type.NUM, g.pick(8)), (Pattern) target, expression(Type.NUM, d))));
        }
        c.add(w(1, () -> Ast.cond(expression(Type.BOOL, d), expression(Type.NUM, d), expression(Type.NUM, d))));
        c.add(w(1, () -> Ast.member(Ast.id("Number"), g.oneOf(List.of("MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "EPSILON",
            "MAX_VALUE", "MIN_VALUE")))));
        addContextual(c, Type.NUM, d);
        return g.weighted(c);
    }

    private Expression math(int d) {
        int k = g.pick(10);
        if (k < 6) {
            String f = g.oneOf(List.of("floor", "ceil", "round", "trunc", "abs", "sign", "sqrt", "fround", "clz32", "cbrt"));
            if (f.equals("cbrt")) {
                // implementation-approximated: only perfect cubes
                return Ast.call(Ast.member(Ast.id("Math"), f), Ast.num(g.oneOf(List.of(8.0, 27.0, -64.0, 0.0, -0.0))));
            }
            return Ast.call(Ast.member(Ast.id("Math"), f), expression(Type.NUM, d));
        }
        if (k < 9) {
            List<Expression> args = new ArrayList<>();
            int n = g.pick(4);
            for (int i = 0; i < n; i++) {
                args.add(expression(Type.NUM, d));
            }
            return Ast.call(Ast.member(Ast.id("Math"), g.chance(50) ? "max" : "min"), args);
        }
        return Ast.call(Ast.member(Ast.id("Math"), "imul"), expression(Type.NUM, d), expression(Type.NUM, d));
    }

    // ---- strings ----

    private Expression string(int d) {
        List<Weighted<Expression>> c = new ArrayList<>();
        c.add(w(10, () -> leaf(Type.STR)));
        c.add(w(6, () -> Ast.binary(BinaryOperator.ADD, expression(Type.STR, d), expression(primitiveType(), d))));
        c.add(w(4, () -> template(d)));
        c.add(w(3, () -> g.chance(50) ? Ast.call("String", expression(Type.ANY, d))
            : Ast.invoke(expression(g.oneOf(List.of(Type.NUM, Type.BOOL, Type.ARR, Type.BIG, Type.OBJ)), d), "toString")));
        c.add(w(3, () -> numberFormat(d)));
        c.add(w(8, () -> stringMethod(d)));
        c.add(w(2, () -> g.chance(60) ? Ast.invoke(expression(Type.ARR, d), "join", expression(Type.STR, 0))
            : Ast.invoke(expression(Type.ARR, d), "join")));
        c.add(w(2, () -> g.chance(70) ? Ast.call(Ast.member(Ast.id("JSON"), "stringify"), expression(Type.ANY, d))
            : Ast.call(Ast.member(Ast.id("JSON"), "stringify"), expression(Type.ANY, d), Ast.nul(),
                g.chance(50) ? Ast.num(g.pick(4)) : Ast.str(g.oneOf(List.of("\t", "--", ""))))));
        c.add(w(2, () -> Ast.typeOf(expression(Type.ANY, d))));
        c.add(w(1, () -> Ast.call(Ast.member(Ast.id("String"), g.chance(50) ? "fromCharCode" : "fromCodePoint"),
            Ast.num(g.oneOf(List.of(65.0, 97.0, 128512.0, 55296.0, 1114111.0, 233.0, 0.0))))));
        c.add(w(2, () -> g.chance(50) ? Ast.index(expression(Type.STR, d), expression(Type.NUM, 0))
            : Ast.invoke(expression(Type.STR, d), "at", expression(Type.NUM, 0))));
        c.add(w(1, () -> Ast.call(Ast.member(Ast.member(Ast.member(Ast.id("Object"), "prototype"), "toString"), "call"),
            expression(Type.ANY, d))));
        c.add(w(1, () -> Ast.call(g.chance(50) ? "encodeURIComponent" : "encodeURI", expression(Type.STR, d))));
        c.add(w(1, () -> Ast.cond(expression(Type.BOOL, d), expression(Type.STR, d), expression(Type.STR, d))));
        Expression target = assignableVar(Type.STR);
        if (target != null) {
            c.add(w(1, () -> Ast.assign(AssignmentOperator.ADD, (Pattern) target, expression(primitiveType(), d))));
        }
        addContextual(c, Type.STR, d);
        return g.weighted(c);
    }

    private Type primitiveType() {
        return g.oneOf(List.of(Type.NUM, Type.STR, Type.STR, Type.BOOL, Type.BIG, Type.NUM));
    }

    private Expression template(int d) {
        int n = g.pick(3);
        List<String> texts = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        texts.add(g.oneOf(TEMPLATE_TEXTS));
        for (int i = 0; i < n; i++) {
            values.add(expression(g.chance(80) ? primitiveType() : Type.ARR, d));
            texts.add(g.oneOf(TEMPLATE_TEXTS));
        }
        return Ast.template(texts, values);
    }

    private Expression numberFormat(int d) {
        Expression n = expression(Type.NUM, d);
        return switch (g.pick(5)) {
            case 0 -> Ast.invoke(n, "toFixed", Ast.num(g.pick(6)));
            case 1 -> Ast.invoke(n, "toPrecision", Ast.num(1 + g.pick(8)));
            case 2 -> Ast.invoke(n, "toExponential", Ast.num(g.pick(6)));
            case 3 -> Ast.invoke(Ast.binary(BinaryOperator.BIT_OR, n, Ast.num(0)), "toString",
                Ast.num(g.oneOf(List.of(2.0, 8.0, 16.0, 36.0, 7.0))));
            default -> Ast.invoke(expression(Type.BIG, d), "toString", Ast.num(g.oneOf(List.of(2.0, 16.0, 36.0, 10.0))));
        };
    }

    private Expression stringMethod(int d) {
        Expression s = expression(Type.STR, d);
        return switch (g.pick(17)) {
            case 0 -> Ast.invoke(s, "slice", expression(Type.NUM, 0), expression(Type.NUM, 0));
            case 1 -> Ast.invoke(s, "substring", expression(Type.NUM, 0), expression(Type.NUM, 0));
            case 2 -> Ast.invoke(s, "substr", expression(Type.NUM, 0), Ast.num(g.pick(4)));
            case 3 -> Ast.invoke(s, "charAt", expression(Type.NUM, 0));
            case 4 -> Ast.invoke(s, g.chance(50) ? "toUpperCase" : "toLowerCase");
            case 5 -> Ast.invoke(s, g.oneOf(List.of("trim", "trimStart", "trimEnd")));
            case 6 -> Ast.invoke(s, g.chance(50) ? "padStart" : "padEnd", Ast.num(g.pick(12)), Ast.str(g.oneOf(List.of("*", "ab", ""))));
            case 7 -> Ast.invoke(s, "repeat", Ast.num(g.pick(4)));
            case 8 -> Ast.invoke(s, "concat", expression(primitiveType(), d));
            case 9 -> Ast.invoke(s, "replace", expression(Type.STR, 0), expression(Type.STR, 0));
            case 10 -> Ast.invoke(s, "replaceAll", Ast.str(g.oneOf(List.of("a", "b", "", "l", ","))), expression(Type.STR, 0));
            case 11 -> Ast.invoke(s, "normalize", Ast.str(g.oneOf(List.of("NFC", "NFD"))));
            case 12 -> Ast.invoke(Ast.invoke(s, "split", expression(Type.STR, 0)), "join", Ast.str("|"));
            case 13 -> Ast.invoke(s, "at", Ast.num(g.pick(5) - 2));
            case 14 -> Ast.call(Ast.member(Ast.id("String"), "raw"), Ast.object(List.of(Ast.prop("raw",
                expression(Type.ARR, d)))), expression(Type.NUM, 0));
            case 15 -> Ast.invoke(s, "codePointAt", Ast.num(g.pick(3)));
            default -> Ast.invoke(s, "slice", Ast.num(-g.pick(4)));
        };
    }

    // ---- BigInt ----

    private Expression bigint(int d) {
        List<Weighted<Expression>> c = new ArrayList<>();
        c.add(w(10, () -> leaf(Type.BIG)));
        c.add(w(6, () -> Ast.binary(g.oneOf(List.of(BinaryOperator.ADD, BinaryOperator.SUB, BinaryOperator.MUL)),
            expression(Type.BIG, d), expression(Type.BIG, d))));
        c.add(w(2, () -> Ast.binary(g.chance(50) ? BinaryOperator.DIV : BinaryOperator.MOD, expression(Type.BIG, d),
            g.chance(85) ? Ast.big(BigInteger.valueOf(g.pick(9) - 4)) : expression(Type.BIG, d))));
        c.add(w(1, () -> Ast.binary(BinaryOperator.EXP, expression(Type.BIG, d), Ast.big(BigInteger.valueOf(g.pick(5))))));
        c.add(w(2, () -> Ast.binary(g.oneOf(List.of(BinaryOperator.BIT_AND, BinaryOperator.BIT_OR, BinaryOperator.BIT_XOR)),
            expression(Type.BIG, d), expression(Type.BIG, d))));
        c.add(w(2, () -> Ast.binary(g.chance(50) ? BinaryOperator.SHL : BinaryOperator.SAR, expression(Type.BIG, d),
            Ast.big(BigInteger.valueOf(g.pick(70) - 5)))));
        c.add(w(2, () -> Ast.unary(g.chance(60) ? UnaryOperator.MINUS : UnaryOperator.BIT_NOT, expression(Type.BIG, d))));
        c.add(w(2, () -> g.chance(50) ? Ast.call("BigInt", Ast.num(g.oneOf(List.of(0.0, 1.0, -5.0, 9007199254740991.0, 1e21, 2.5))))
            : Ast.call("BigInt", Ast.str(g.oneOf(List.of("12", "-3", "0x10", " 7 ", "", "1.5", "99999999999999999999"))))));
        c.add(w(1, () -> Ast.call(Ast.member(Ast.id("BigInt"), g.chance(50) ? "asIntN" : "asUintN"),
            Ast.num(g.oneOf(List.of(0.0, 1.0, 8.0, 32.0, 64.0, 65.0))), expression(Type.BIG, d))));
        c.add(w(1, () -> Ast.binary(BinaryOperator.ADD, expression(Type.BIG, d), expression(Type.NUM, d))));
        Expression target = assignableVar(Type.BIG);
        if (target != null) {
            c.add(w(1, () -> g.chance(50) ? Ast.update(g.chance(50), g.chance(50), target)
                : Ast.assign(ProgramGenerator.compound(Type.BIG, g.pick(4)), (Pattern) target, expression(Type.BIG, d))));
        }
        addContextual(c, Type.BIG, d);
        return g.weighted(c);
    }

    // ---- booleans ----

    private Expression bool(int d) {
        List<Weighted<Expression>> c = new ArrayList<>();
        c.add(w(5, () -> leaf(Type.BOOL)));
        c.add(w(6, () -> {
            Type t = g.oneOf(List.of(Type.NUM, Type.NUM, Type.STR, Type.BIG, Type.ANY));
            Type u = t == Type.BIG && g.chance(50) ? Type.NUM : t;
            return Ast.binary(g.oneOf(List.of(BinaryOperator.LT, BinaryOperator.GT, BinaryOperator.LE, BinaryOperator.GE)),
                expression(t, d), expression(u, d));
        }));
        c.add(w(5, () -> Ast.binary(g.oneOf(List.of(BinaryOperator.EQ, BinaryOperator.NE, BinaryOperator.STRICT_EQ,
            BinaryOperator.STRICT_NE)), expression(Type.ANY, d), expression(Type.ANY, d))));
        c.add(w(2, () -> Ast.unary(UnaryOperator.NOT, expression(Type.ANY, d))));
        c.add(w(2, () -> Ast.logical(g.oneOf(List.of(LogicalOperator.AND, LogicalOperator.OR)), expression(Type.BOOL, d),
            expression(Type.BOOL, d))));
        c.add(w(2, () -> Ast.binary(BinaryOperator.IN, key(), expression(g.oneOf(List.of(Type.OBJ, Type.ARR, Type.INST)), d))));
        c.add(w(2, () -> Ast.binary(BinaryOperator.INSTANCEOF, expression(Type.ANY, d), constructorReference())));
        c.add(w(2, () -> switch (g.pick(7)) {
            case 0 -> Ast.call(Ast.member(Ast.id("Array"), "isArray"), expression(Type.ANY, d));
            case 1 -> Ast.call(Ast.member(Ast.id("Number"), g.oneOf(List.of("isInteger", "isSafeInteger", "isNaN", "isFinite"))),
                expression(Type.ANY, d));
            case 2 -> Ast.call(g.chance(50) ? "isNaN" : "isFinite", expression(Type.ANY, d));
            case 3 -> Ast.call(Ast.member(Ast.id("Object"), "is"), expression(Type.NUM, d), expression(Type.NUM, d));
            case 4 -> Ast.call(Ast.member(Ast.id("Object"), "hasOwn"), expression(Type.OBJ, d), key());
            case 5 -> Ast.invoke(expression(Type.OBJ, d), "hasOwnProperty", key());
            default -> Ast.call(Ast.member(Ast.id("Object"), g.oneOf(List.of("isFrozen", "isSealed", "isExtensible"))),
                expression(Type.OBJ, d));
        }));
        c.add(w(3, () -> switch (g.pick(6)) {
            case 0 -> Ast.invoke(expression(Type.STR, d), g.oneOf(List.of("includes", "startsWith", "endsWith")),
                expression(Type.STR, d));
            case 1 -> Ast.invoke(expression(Type.ARR, d), "includes", expression(Type.ANY, d));
            case 2 -> Ast.invoke(expression(Type.ARR, d), g.chance(50) ? "some" : "every",
                Ast.arrow(callback(List.of(Type.ANY, Type.NUM), Type.BOOL)));
            case 3 -> Ast.invoke(expression(Type.MAP, d), "has", expression(Type.ANY, 0));
            default -> Ast.unary(UnaryOperator.DELETE, access(expression(Type.OBJ, d)));
        }));
        ClassInfo self = g.function.thisClass;
        if (self != null && !self.privateFields.isEmpty()) {
            c.add(w(1, () -> new Expression.PrivateIn(AT, g.oneOf(self.privateFields), expression(Type.ANY, d))));
        }
        addContextual(c, Type.BOOL, d);
        return g.weighted(c);
    }

    private Expression constructorReference() {
        Binding cls = g.variable(Type.CLASS);
        if (cls != null && g.chance(60)) {
            return Ast.id(cls.name());
        }
        return Ast.id(g.oneOf(List.of("Array", "Object", "Error", "Map", "Function", "Number", "Promise")));
    }

    // ---- arrays ----

    private Expression array(int d) {
        List<Weighted<Expression>> c = new ArrayList<>();
        c.add(w(8, () -> leaf(Type.ARR)));
        c.add(w(6, () -> arrayLiteral(d)));
        c.add(w(10, () -> arrayMethod(d)));
        c.add(w(1, () -> Ast.call(Ast.member(Ast.id("JSON"), "parse"),
            Ast.call(Ast.member(Ast.id("JSON"), "stringify"), expression(Type.ARR, d)))));
        addContextual(c, Type.ARR, d);
        return g.weighted(c);
    }

    private Expression arrayLiteral(int d) {
        List<Expression> elements = new ArrayList<>();
        int n = g.pick(5);
        for (int i = 0; i < n; i++) {
            int k = g.pick(20);
            if (k == 0) {
                elements.add(null);
            } else if (k < 3) {
                elements.add(Ast.spread(expression(g.chance(70) ? Type.ARR : Type.STR, d)));
            } else {
                elements.add(expression(g.chance(60) ? Type.NUM : g.valueType(), d));
            }
        }
        return Ast.array(elements);
    }

    private Expression arrayMethod(int d) {
        Expression a = expression(Type.ARR, d);
        return switch (g.pick(22)) {
            case 0 -> Ast.invoke(a, "slice", expression(Type.NUM, 0));
            case 1 -> Ast.invoke(a, "slice", Ast.num(g.pick(3)), Ast.num(g.pick(5) - 1));
            case 2 -> Ast.invoke(a, "concat", expression(g.chance(60) ? Type.ARR : Type.NUM, d));
            case 3 -> Ast.invoke(a, "map", Ast.arrow(callback(List.of(Type.ANY, Type.NUM), g.valueType())));
            case 4 -> Ast.invoke(a, "filter", Ast.arrow(callback(List.of(Type.ANY), Type.BOOL)));
            case 5 -> Ast.invoke(a, "flatMap", Ast.arrow(callback(List.of(Type.ANY), Type.ARR)));
            case 6 -> Ast.invoke(a, "flat", Ast.num(g.pick(3)));
            case 7 -> Ast.invoke(a, "reverse");
            case 8 -> Ast.invoke(a, "sort");
            case 9 -> Ast.invoke(a, "fill", expression(Type.ANY, 0), Ast.num(g.pick(3)), Ast.num(g.pick(5) - 1));
            case 10 -> Ast.invoke(a, "splice", Ast.num(g.pick(3)), Ast.num(g.pick(3)), expression(Type.ANY, 0));
            case 11 -> Ast.call(Ast.member(Ast.id("Array"), "from"), expression(g.chance(50) ? Type.STR : Type.MAP, d));
            case 12 -> Ast.call(Ast.member(Ast.id("Array"), "from"),
                Ast.object(List.of(Ast.prop("length", Ast.num(g.pick(5))))), Ast.arrow(callback(List.of(Type.ANY, Type.NUM), Type.NUM)));
            case 13 -> Ast.call(Ast.member(Ast.id("Object"), g.oneOf(List.of("keys", "values", "entries"))),
                expression(g.chance(70) ? Type.OBJ : Type.ARR, d));
            case 14 -> Ast.invoke(expression(Type.STR, d), "split", g.chance(50) ? Ast.str("") : expression(Type.STR, 0));
            case 15 -> Ast.array(Ast.spread(expression(g.chance(50) ? Type.STR : Type.MAP, d)));
            case 16 -> Ast.array(Ast.spread(Ast.invoke(a, g.oneOf(List.of("keys", "entries", "values")))));
            case 17 -> {
                Expression gen = generatorCall();
                yield Ast.array(Ast.spread(gen != null ? gen : a));
            }
            case 18 -> Ast.invoke(a, "copyWithin", Ast.num(g.pick(3)), Ast.num(g.pick(3)));
            case 19 -> Ast.call(Ast.member(Ast.id("Array"), "of"), expression(Type.ANY, d), expression(Type.NUM, d));
            case 20 -> Ast.invoke(expression(Type.ARR, d), "concat", a);
            default -> Ast.call(Ast.id("Array"), Ast.num(g.pick(4)));
        };
    }

    // ---- objects ----

    private Expression object(int d) {
        List<Weighted<Expression>> c = new ArrayList<>();
        c.add(w(8, () -> {
            Expression inst = var(Type.INST);
            return inst != null && g.chance(50) ? inst : leaf(Type.OBJ);
        }));
        c.add(w(8, () -> objectLiteral(d)));
        c.add(w(2, () -> Ast.call(Ast.member(Ast.id("Object"), "assign"), Ast.object(List.of()), expression(Type.OBJ, d),
            expression(Type.OBJ, d))));
        c.add(w(1, () -> Ast.call(Ast.member(Ast.id("Object"), "create"), g.chance(20) ? Ast.nul() : expression(Type.OBJ, d))));
        c.add(w(1, () -> Ast.call(Ast.member(Ast.id("Object"), "fromEntries"),
            Ast.call(Ast.member(Ast.id("Object"), "entries"), expression(Type.OBJ, d)))));
        c.add(w(1, () -> Ast.call(Ast.member(Ast.id("Object"), g.oneOf(List.of("freeze", "seal", "preventExtensions"))),
            expression(Type.OBJ, d))));
        c.add(w(1, () -> Ast.call(Ast.member(Ast.id("JSON"), "parse"), g.chance(50)
            ? Ast.call(Ast.member(Ast.id("JSON"), "stringify"), expression(Type.OBJ, d))
            : Ast.str(g.oneOf(List.of("{\"a\":1,\"b\":[true,null]}", "{\"__proto__\":1}", "{\"1\":2,\"a\":-0}", "{}"))))));
        Binding cls = g.variable(Type.CLASS);
        if (cls != null) {
            c.add(w(3, () -> Ast.newExpr(Ast.id(cls.name()), arguments(cls.classInfo().constructorParams))));
        }
        addContextual(c, Type.OBJ, d);
        return g.weighted(c);
    }

    private Expression objectLiteral(int d) {
        List<ObjectMember> members = new ArrayList<>();
        boolean protoSet = false;
        int n = g.pick(5);
        for (int i = 0; i < n; i++) {
            switch (g.pick(14)) {
                case 0 -> members.add(Ast.spread(expression(g.chance(80) ? Type.OBJ : Type.ARR, d)));
                case 1 -> members.add(Ast.prop(expression(Type.STR, 0), true, expression(g.valueType(), d)));
                case 2 -> {
                    Binding b = g.variable(g.valueType());
                    if (b != null) {
                        members.add(Ast.shorthand(b.name()));
                    }
                }
                case 3 -> {
                    String k = "a" + g.pick(3);
                    members.add(Ast.prop("_" + k, expression(Type.NUM, 0)));
                    members.add(Ast.accessor(k, ObjectMember.Kind.GET, accessorFunction(k, true)));
                    if (g.chance(70)) {
                        members.add(Ast.accessor(k, ObjectMember.Kind.SET, accessorFunction(k, false)));
                    }
                }
                case 4 -> members.add(Ast.methodProp(propertyName().replace(' ', '_'),
                    g.functionNode(null, new FunctionInfo(paramTypes(), false, false), FunctionNode.Kind.METHOD,
                        g.function.method(null, null, false, false))));
                case 5 -> {
                    // two __proto__: value members are an early SyntaxError (13.2.5.1): at most one
                    if (g.chance(30) && !protoSet) {
                        protoSet = true;
                        members.add(Ast.prop("__proto__", g.chance(30) ? Ast.nul() : expression(Type.OBJ, d)));
                    }
                }
                default -> members.add(Ast.prop(propertyName(), expression(g.valueType(), d)));
            }
        }
        if (!members.isEmpty() && members.get(0) instanceof Expression.Spread
            && members.stream().anyMatch(m -> m instanceof ObjectMember.Property p && p.kind() != ObjectMember.Kind.INIT)) {
            // node 20 orders such accessors after the data properties that follow them (a V8 bug,
            // see KnownReferenceBugs): a data property first keeps node a usable reference
            members.add(0, Ast.prop("z", Ast.num(0)));
        }
        return Ast.object(members);
    }

    /** {@code get k() { return this._k; }} or {@code set k(v) { this._k = v; }}, with fuel. */
    private FunctionNode accessorFunction(String k, boolean getter) {
        return g.inFunction(g.function.method(null, null, false, false), () -> {
            List<Statement> body = new ArrayList<>();
            body.add(Ast.tick());
            Expression.Member field = Ast.member(new Expression.This(AT), "_" + k);
            if (getter) {
                if (g.chance(30)) {
                    body.add(Ast.print(Ast.str("get " + k)));
                }
                body.add(Ast.ret(g.chance(70) ? field : Ast.binary(BinaryOperator.ADD, field, Ast.num(1))));
                return Ast.functionNode(null, List.of(), null, body, FunctionNode.Kind.GETTER, false, false, g.function.strict);
            }
            body.add(Ast.expr(Ast.assign(field, Ast.id("value"))));
            return Ast.functionNode(null, List.of(Ast.id("value")), null, body, FunctionNode.Kind.SETTER, false, false, g.function.strict);
        });
    }

    private Expression map(int d) {
        Expression existing = var(Type.MAP);
        if (existing != null && g.chance(50)) {
            return existing;
        }
        if (g.chance(50)) {
            List<Expression> entries = new ArrayList<>();
            int n = g.pick(4);
            for (int i = 0; i < n; i++) {
                entries.add(Ast.array(expression(g.chance(50) ? Type.STR : Type.NUM, 0), expression(g.valueType(), d)));
            }
            return Ast.newExpr(Ast.id("Map"), List.of(g.chance(80) ? Ast.array(entries)
                : Ast.call(Ast.member(Ast.id("Object"), "entries"), expression(Type.OBJ, d))));
        }
        return Ast.newExpr(Ast.id("Set"), List.of(expression(g.chance(70) ? Type.ARR : Type.STR, d)));
    }

    // ---- anything ----

    private Expression any(int d) {
        List<Weighted<Expression>> c = new ArrayList<>();
        c.add(w(12, () -> expression(g.valueType() == Type.ANY ? Type.NUM : g.valueType(), d)));
        c.add(w(2, () -> g.chance(50) ? Ast.nul() : Ast.undef()));
        c.add(w(3, () -> access(expression(Type.OBJ, d))));
        c.add(w(2, () -> Ast.index(expression(g.chance(50) ? Type.ARR : Type.OBJ, d), key())));
        c.add(w(1, () -> Ast.optionalMember(expression(g.chance(50) ? Type.OBJ : Type.ANY, d), identifierKey())));
        c.add(w(1, () -> Ast.logical(LogicalOperator.NULLISH, expression(Type.ANY, d), expression(g.valueType(), d))));
        c.add(w(1, () -> Ast.call("Symbol", Ast.str(g.oneOf(List.of("s", "", "tag"))))));
        c.add(w(1, () -> Ast.seq(expression(Type.ANY, d), expression(g.valueType(), d))));
        c.add(w(1, () -> Ast.invoke(expression(Type.MAP, d), "get", expression(g.chance(50) ? Type.STR : Type.NUM, 0))));
        c.add(w(1, () -> Ast.member(expression(Type.MAP, d), "size")));
        Binding f = functionBinding();
        if (f != null) {
            c.add(w(5, () -> call(f)));
        }
        Binding inst = g.variable(Type.INST);
        if (inst != null) {
            c.add(w(4, () -> instanceAccess(Ast.id(inst.name()), inst.classInfo(), d)));
        }
        Binding cls = g.variable(Type.CLASS);
        if (cls != null && !cls.classInfo().staticMethods.isEmpty()) {
            c.add(w(1, () -> {
                Map.Entry<String, FunctionInfo> s = g.oneOf(new ArrayList<>(cls.classInfo().staticMethods.entrySet()));
                return Ast.invoke(Ast.id(cls.name()), s.getKey(), arguments(s.getValue().params()));
            }));
        }
        FunctionContext fn = g.function;
        if (fn.thisClass != null) {
            c.add(w(4, () -> instanceAccess(new Expression.This(AT), fn.thisClass, d)));
        }
        if (fn.superClass != null && !fn.superClass.allMethods().isEmpty()) {
            c.add(w(3, () -> {
                Map.Entry<String, FunctionInfo> m = g.oneOf(new ArrayList<>(fn.superClass.allMethods().entrySet()));
                return Ast.invoke(new Expression.Super(AT), m.getKey(), arguments(m.getValue().params()));
            }));
        }
        if (fn.superClass != null && !fn.superClass.allAccessors().isEmpty()) {
            c.add(w(1, () -> Ast.member(new Expression.Super(AT), g.oneOf(fn.superClass.allAccessors()))));
        }
        if (!fn.script && !fn.arrow && !fn.classField) {
            c.add(w(1, () -> g.chance(50) ? Ast.member(Ast.id("arguments"), "length")
                : Ast.index(Ast.id("arguments"), Ast.num(g.pick(3)))));
        }
        addContextual(c, Type.ANY, d);
        return g.weighted(c);
    }

    private Binding functionBinding() {
        List<Binding> fs = new ArrayList<>();
        for (Binding b : g.scope.visible()) {
            if (b.type() == Type.FUNC && b.function() != null) {
                fs.add(b);
            }
        }
        return fs.isEmpty() ? null : g.oneOf(fs);
    }

    private Expression call(Binding f) {
        List<Expression> args = arguments(f.function().params());
        return switch (g.pick(10)) {
            case 0 -> Ast.invoke(Ast.id(f.name()), "call", prepend(Ast.nul(), args));
            case 1 -> Ast.invoke(Ast.id(f.name()), "apply", Ast.undef(), Ast.array(args));
            default -> Ast.call(Ast.id(f.name()), args);
        };
    }

    private static List<Expression> prepend(Expression first, List<Expression> rest) {
        List<Expression> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** A method call, getter, field read or instanceof check on an instance of a generated class. */
    private Expression instanceAccess(Expression target, ClassInfo info, int d) {
        List<Weighted<Expression>> c = new ArrayList<>();
        Map<String, FunctionInfo> methods = info.allMethods();
        if (!methods.isEmpty()) {
            c.add(w(5, () -> {
                Map.Entry<String, FunctionInfo> m = g.oneOf(new ArrayList<>(methods.entrySet()));
                Expression call = Ast.invoke(target, m.getKey(), arguments(m.getValue().params()));
                return m.getValue().generator() ? Ast.array(Ast.spread(call)) : call;
            }));
        }
        List<String> accessors = info.allAccessors();
        if (!accessors.isEmpty()) {
            c.add(w(3, () -> Ast.member(target, g.oneOf(accessors))));
        }
        List<String> fields = info.allFields();
        if (!fields.isEmpty()) {
            c.add(w(3, () -> Ast.member(target, g.oneOf(fields))));
        }
        if (target instanceof Expression.This && !info.privateFields.isEmpty()) {
            c.add(w(2, () -> new Expression.PrivateMember(AT, target, g.oneOf(info.privateFields), false)));
        }
        c.add(w(1, () -> Ast.binary(BinaryOperator.INSTANCEOF, target, Ast.id(info.name))));
        c.add(w(1, () -> Ast.member(Ast.member(target, "constructor"), "name")));
        return g.weighted(c);
    }

    /** await and yield where the function allows them. */
    private void addContextual(List<Weighted<Expression>> c, Type type, int d) {
        FunctionContext fn = g.function;
        if (g.inParameters) {
            return;
        }
        if (fn.async) {
            c.add(w(2, () -> new Expression.Await(AT, g.chance(70) ? expression(type, d) : awaitable())));
        }
        if (fn.generator) {
            c.add(w(1, () -> new Expression.Yield(AT, g.chance(80) ? expression(type, d) : null, false)));
        }
    }

    // ---- functions ----

    List<Type> paramTypes() {
        List<Type> types = new ArrayList<>();
        int n = g.pick(4);
        for (int i = 0; i < n; i++) {
            types.add(g.valueType());
        }
        return types;
    }

    List<Expression> arguments(List<Type> types) {
        List<Expression> args = new ArrayList<>();
        int n = types.size();
        if (n > 0 && g.chance(10)) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            args.add(expression(types.get(i), 1));
        }
        if (g.chance(5)) {
            args.add(Ast.spread(expression(Type.ARR, 1)));
        }
        return args;
    }

    /** A parameter bound in the current scope: a name, a name with a default, or a pattern. */
    Pattern parameter(Type type) {
        String p = g.fresh("p");
        if (type == Type.ARR && g.chance(20)) {
            String q = g.fresh("p");
            g.scope.add(Binding.of(p, Type.ANY, true));
            g.scope.add(Binding.of(q, Type.ANY, true));
            return new Pattern.ArrayPattern(AT, List.of(Ast.id(p), new Pattern.AssignmentPattern(AT, Ast.id(q), Ast.num(7))), null);
        }
        if (type == Type.OBJ && g.chance(20)) {
            g.scope.add(Binding.of(p, Type.ANY, true));
            return new Pattern.ObjectPattern(AT, List.of(new Pattern.PatternProperty(AT, Ast.propertyKey(propertyName()), false,
                Ast.id(p), false)), null);
        }
        Pattern result = Ast.id(p);
        if (g.chance(15)) {
            result = new Pattern.AssignmentPattern(AT, Ast.id(p), expression(type, 1));
        }
        g.scope.add(Binding.of(p, type, true));
        return result;
    }

    /** A function value: an arrow or a function expression (a generator's when {@code info} says so). */
    Expression functionValue(FunctionInfo info) {
        if (g.functionDepth > 3 || g.budget <= 0) {
            return leaf(Type.FUNC);
        }
        if (!info.generator() && g.chance(60)) {
            if (g.chance(50)) {
                return Ast.arrow(callback(info.params(), g.valueType()));
            }
            FunctionNode body = g.functionNode(null, info, FunctionNode.Kind.ARROW, g.function.arrow(info.async()));
            return Ast.arrow(body);
        }
        FunctionNode fn = g.functionNode(g.chance(30) ? g.fresh("fe") : null, info, FunctionNode.Kind.NORMAL,
            g.function.function(info.generator(), info.async()));
        return Ast.function(fn);
    }

    /** An arrow with an expression body: {@code (x, i) => ($tick(), ...)}. */
    FunctionNode callback(List<Type> params, Type result) {
        return g.inFunction(g.function.arrow(false), () -> {
            List<Pattern> names = new ArrayList<>();
            for (Type t : params) {
                String x = g.fresh("x");
                names.add(Ast.id(x));
                g.scope.add(Binding.of(x, t, true));
            }
            Expression body = Ast.seq(Ast.call(Ast.TICK), expression(result, 2));
            return Ast.expressionArrow(names, body, false, g.function.strict);
        });
    }

    /** {@code (x) => { $tick(); print(label, $show(x)); }} (or {@code $err(x)} for a rejection). */
    FunctionNode callbackPrinting(String label, Type type, boolean error) {
        return g.inFunction(g.function.arrow(false), () -> {
            String x = g.fresh("x");
            g.scope.add(Binding.of(x, type, true));
            List<Statement> body = new ArrayList<>();
            body.add(Ast.tick());
            body.add(Ast.print(Ast.str(label), error ? Ast.call("$err", Ast.id(x)) : Ast.show(Ast.id(x))));
            return Ast.functionNode(null, List.of(Ast.id(x)), null, body, FunctionNode.Kind.ARROW, false, false, g.function.strict);
        });
    }

    /** A call that returns a generator object, or null when there is no generator to call. */
    Expression generatorCall() {
        List<Binding> gens = new ArrayList<>();
        for (Binding b : g.scope.visible()) {
            if (b.type() == Type.FUNC && b.function() != null && b.function().generator()) {
                gens.add(b);
            }
        }
        if (!gens.isEmpty() && g.chance(80)) {
            Binding gen = g.oneOf(gens);
            return Ast.call(Ast.id(gen.name()), arguments(gen.function().params()));
        }
        if (g.functionDepth > 3 || g.budget <= 0) {
            return null;
        }
        FunctionInfo info = new FunctionInfo(List.of(), true, false);
        FunctionNode fn = g.inFunction(g.function.function(true, false), () -> {
            List<Statement> body = new ArrayList<>();
            body.add(Ast.tick());
            int n = g.pick(4);
            for (int i = 0; i < n; i++) {
                body.add(Ast.expr(new Expression.Yield(AT, expression(g.valueType(), 1), false)));
            }
            if (g.chance(30)) {
                body.add(Ast.ret(expression(Type.NUM, 1)));
            }
            return Ast.functionNode(null, List.of(), null, body, FunctionNode.Kind.NORMAL, true, false, g.function.strict);
        });
        return Ast.call(Ast.function(fn), arguments(info.params()));
    }

    /** Something to await: a value, a promise, a thenable, a call of an async function. */
    Expression awaitable() {
        return switch (g.pick(6)) {
            case 0 -> expression(g.valueType(), 1);
            case 1 -> {
                FunctionNode then = g.inFunction(g.function.method(null, null, false, false), () -> {
                    List<Statement> body = new ArrayList<>();
                    body.add(Ast.tick());
                    body.add(Ast.expr(Ast.call(Ast.id("resolve"), expression(Type.NUM, 1))));
                    return Ast.functionNode(null, List.of(Ast.id("resolve")), null, body, FunctionNode.Kind.METHOD, false,
                        false, g.function.strict);
                });
                yield Ast.object(List.of(Ast.methodProp("then", then)));
            }
            default -> promise();
        };
    }

    /** A promise: an async call, Promise.resolve/reject/all/race/allSettled/any, new Promise. */
    Expression promise() {
        List<Binding> asyncs = new ArrayList<>();
        for (Binding b : g.scope.visible()) {
            if (b.type() == Type.FUNC && b.function() != null && b.function().async()) {
                asyncs.add(b);
            }
        }
        int k = g.pick(10);
        if (!asyncs.isEmpty() && k < 4) {
            Binding a = g.oneOf(asyncs);
            return Ast.call(Ast.id(a.name()), arguments(a.function().params()));
        }
        return switch (k % 6) {
            case 0 -> Ast.invoke(Ast.id("Promise"), "resolve", expression(g.valueType(), 1));
            case 1 -> Ast.invoke(Ast.id("Promise"), "reject", Ast.newExpr(Ast.id("Error"), List.of(Ast.str("no"))));
            case 2 -> Ast.invoke(Ast.id("Promise"), g.oneOf(List.of("all", "race", "allSettled", "any")),
                Ast.array(expression(Type.NUM, 1), Ast.invoke(Ast.id("Promise"), "resolve", expression(Type.STR, 1)),
                    g.chance(40) ? Ast.invoke(Ast.id("Promise"), "reject", expression(Type.NUM, 0)) : expression(Type.BOOL, 0)));
            case 3 -> {
                if (g.functionDepth > 3 || g.budget <= 0) {
                    yield Ast.invoke(Ast.id("Promise"), "resolve", Ast.num(1));
                }
                FunctionNode body = g.functionNode(null, new FunctionInfo(List.of(), false, true), FunctionNode.Kind.ARROW,
                    g.function.arrow(true));
                yield Ast.call(Ast.arrow(body));
            }
            case 4 -> {
                FunctionNode executor = g.inFunction(g.function.arrow(false), () -> {
                    List<Statement> body = new ArrayList<>();
                    body.add(Ast.tick());
                    body.add(Ast.expr(Ast.call(Ast.id(g.chance(70) ? "res" : "rej"), expression(g.valueType(), 1))));
                    return Ast.functionNode(null, List.of(Ast.id("res"), Ast.id("rej")), null, body, FunctionNode.Kind.ARROW,
                        false, false, g.function.strict);
                });
                yield Ast.newExpr(Ast.id("Promise"), List.of(Ast.arrow(executor)));
            }
            default -> Ast.invoke(Ast.invoke(Ast.id("Promise"), "resolve", expression(Type.NUM, 1)), "then",
                Ast.arrow(callback(List.of(Type.NUM), g.valueType())));
        };
    }

    // ---- statements with side effects ----

    /** An assignment, a mutation of an object, array or map, or a call: for expression statements. */
    Expression sideEffect() {
        List<Weighted<Expression>> c = new ArrayList<>();
        List<Binding> visible = g.scope.visible();
        List<Binding> assignable = new ArrayList<>();
        List<Binding> containers = new ArrayList<>();
        for (Binding b : visible) {
            if (b.assignable() && b.type() != Type.FUNC && b.type() != Type.CLASS) {
                assignable.add(b);
            }
            if (b.type() == Type.ARR || b.type() == Type.OBJ || b.type() == Type.MAP || b.type() == Type.INST) {
                containers.add(b);
            }
        }
        if (!assignable.isEmpty()) {
            c.add(w(10, () -> {
                Binding b = g.oneOf(assignable);
                Type t = b.type() == Type.INST ? Type.OBJ : b.type();
                if (g.chance(40)) {
                    AssignmentOperator op = ProgramGenerator.compound(t, g.pick(8));
                    if (op != AssignmentOperator.ASSIGN) {
                        return Ast.assign(op, Ast.id(b.name()), expression(t == Type.STR ? primitiveType() : t));
                    }
                }
                return Ast.assign(Ast.id(b.name()), expression(g.chance(90) ? t : g.valueType()));
            }));
        }
        if (assignable.size() >= 2) {
            c.add(w(2, () -> {
                Binding a = g.oneOf(assignable);
                Binding b = g.oneOf(assignable);
                Pattern target = new Pattern.ArrayPattern(AT, List.of(Ast.id(a.name()), Ast.id(b.name())), null);
                return Ast.assign(target, Ast.array(Ast.id(b.name()), Ast.id(a.name())));
            }));
        }
        if (!containers.isEmpty()) {
            c.add(w(10, () -> mutation(g.oneOf(containers))));
        }
        Binding f = functionBinding();
        if (f != null) {
            c.add(w(5, () -> call(f)));
        }
        c.add(w(2, () -> Ast.invoke(expression(Type.ARR), "forEach", Ast.arrow(g.inFunction(g.function.arrow(false), () -> {
            String x = g.fresh("x");
            g.scope.add(Binding.of(x, Type.ANY, true));
            List<Statement> body = new ArrayList<>();
            body.add(Ast.tick());
            body.add(Ast.print(Ast.str("each"), Ast.show(Ast.id(x))));
            return Ast.functionNode(null, List.of(Ast.id(x)), null, body, FunctionNode.Kind.ARROW, false, false, g.function.strict);
        })))));
        c.add(w(1, () -> expression(Type.ANY)));
        return g.weighted(c);
    }

    private Expression mutation(Binding b) {
        Expression target = Ast.id(b.name());
        return switch (b.type()) {
            case ARR -> switch (g.pick(10)) {
                case 0, 1 -> Ast.invoke(target, "push", expression(g.valueType(), 1));
                case 2 -> Ast.invoke(target, g.oneOf(List.of("pop", "shift", "reverse", "sort")));
                case 3 -> Ast.invoke(target, "unshift", expression(Type.NUM, 1));
                case 4 -> Ast.invoke(target, "splice", Ast.num(g.pick(3)), Ast.num(g.pick(2)));
                case 5 -> Ast.assign(Ast.member(target, "length"), Ast.num(g.pick(5)));
                case 6 -> Ast.invoke(target, "fill", expression(Type.NUM, 0));
                default -> Ast.assign(Ast.index(target, Ast.num(g.pick(6))), expression(g.valueType(), 1));
            };
            case MAP -> switch (g.pick(5)) {
                case 0 -> Ast.invoke(target, "delete", expression(Type.STR, 0));
                case 1 -> Ast.invoke(target, "clear");
                default -> g.chance(50) ? Ast.invoke(target, "set", expression(Type.STR, 0), expression(g.valueType(), 1))
                    : Ast.invoke(target, "add", expression(Type.NUM, 0));
            };
            case INST -> {
                ClassInfo info = b.classInfo();
                List<String> writable = new ArrayList<>(info.allAccessors());
                writable.addAll(info.allFields());
                if (!writable.isEmpty() && g.chance(70)) {
                    yield Ast.assign(Ast.member(target, g.oneOf(writable)), expression(Type.NUM, 1));
                }
                yield instanceAccess(target, info, 1);
            }
            default -> switch (g.pick(8)) {
                case 0 -> Ast.unary(UnaryOperator.DELETE, Ast.index(target, key()));
                case 1 -> Ast.call(Ast.member(Ast.id("Object"), "defineProperty"), target, Ast.str(propertyName()),
                    Ast.object(List.of(Ast.prop("value", expression(Type.NUM, 1)), Ast.prop("enumerable", Ast.bool(g.chance(50))),
                        Ast.prop("writable", Ast.bool(g.chance(50))), Ast.prop("configurable", Ast.bool(g.chance(50))))));
                case 2 -> Ast.call(Ast.member(Ast.id("Object"), "freeze"), target);
                case 3 -> Ast.assign(AssignmentOperator.NULLISH, access(target),
                    expression(Type.NUM, 1));
                default -> Ast.assign(g.chance(60) ? access(target) : Ast.index(target, key()),
                    expression(g.valueType(), 1));
            };
        };
    }
}
