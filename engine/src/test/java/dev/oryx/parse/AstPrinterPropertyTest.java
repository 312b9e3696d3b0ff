package dev.oryx.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import dev.oryx.ast.AstDumper;
import dev.oryx.ast.Expression;
import dev.oryx.ast.Expression.AssignmentOperator;
import dev.oryx.ast.Expression.BinaryOperator;
import dev.oryx.ast.Expression.LogicalOperator;
import dev.oryx.ast.Expression.UnaryOperator;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.ObjectMember;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.Program;
import dev.oryx.ast.SourceSpan;
import dev.oryx.ast.Statement;

/**
 * Round trip of the printer on generated expression trees: an AST printed by {@link AstPrinter}
 * and parsed again is the same AST, up to the Parenthesized nodes the printer had to add (the
 * trees are built without any). The generator makes well-formed trees only: literals (no -0,
 * NaN or infinities), identifiers, unary/binary/logical/conditional/assignment/update
 * expressions, sequences, calls and new, member access, optional chains, arrays, objects,
 * arrow functions, templates and tagged templates, each in any position.
 */
class AstPrinterPropertyTest {
    private static final SourceSpan AT = new SourceSpan(0, 0, 1, 1);
    private static final List<String> NAMES = List.of("a", "b", "c", "x", "yy", "$", "_u", "foo", "\u00e9t\u00e9");
    private static final List<String> PROPERTY_NAMES = List.of("p", "q", "length", "if", "class", "new", "in", "of", "get");

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void printedExpressionParsesBackToTheSameTree(@ForAll("expressions") Expression expression) {
        Program program = new Program(AT, List.of(new Statement.ExpressionStatement(AT, expression, null)), false, false, "", "t.js");
        String source = AstPrinter.print(program);
        Program parsed = Parser.parseScript(source, "t.js");
        assertEquals(1, parsed.body().size(), source);
        Expression back = ((Statement.ExpressionStatement) parsed.body().get(0)).expression();
        assertEquals(withoutParentheses(AstDumper.dumpWithoutPositions(expression)),
            withoutParentheses(AstDumper.dumpWithoutPositions(back)), source);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void printingIsStableUnderReparsing(@ForAll("expressions") Expression expression) {
        String once = AstPrinter.print(expression);
        Program parsed = Parser.parseScript("(" + once + ")", "t.js");
        Expression back = ((Expression.Parenthesized) ((Statement.ExpressionStatement) parsed.body().get(0)).expression()).expression();
        assertEquals(once, AstPrinter.print(back));
    }

    /**
     * The dump with every Parenthesized node replaced by its expression: drops the node's two
     * lines ("Parenthesized", "expression:") and moves its subtree four columns left.
     */
    static String withoutParentheses(String dump) {
        StringBuilder out = new StringBuilder();
        List<Integer> open = new ArrayList<>();
        boolean skipLabel = false;
        for (String line : dump.split("\n")) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (skipLabel) {
                skipLabel = false;
                continue;
            }
            while (!open.isEmpty() && indent <= open.get(open.size() - 1)) {
                open.remove(open.size() - 1);
            }
            String content = line.substring(indent);
            if (content.equals("Parenthesized")) {
                open.add(indent);
                skipLabel = true;
                continue;
            }
            out.append(" ".repeat(indent - 4 * open.size())).append(content).append('\n');
        }
        return out.toString();
    }

    // ---- the generator ----

    private static final int MAX_DEPTH = 4;

    @Provide
    Arbitrary<Expression> expressions() {
        return expression(MAX_DEPTH);
    }

    /** Trees of at most {@code depth} levels; children are generated lazily, one level less deep. */
    private final List<Arbitrary<Expression>> byDepth = new ArrayList<>();

    private Arbitrary<Expression> expression(int depth) {
        while (byDepth.size() <= depth) {
            byDepth.add(null);
        }
        if (byDepth.get(depth) == null) {
            byDepth.set(depth, build(depth));
        }
        return byDepth.get(depth);
    }

    private Arbitrary<Expression> build(int depth) {
        if (depth == 0) {
            return leaf();
        }
        int d = depth - 1;
        return Arbitraries.frequencyOf(
            Tuple.of(12, leaf()),
            Tuple.of(2, Arbitraries.lazy(() -> unary(d))),
            Tuple.of(1, Arbitraries.lazy(() -> update(d))),
            Tuple.of(4, Arbitraries.lazy(() -> binary(d))),
            Tuple.of(2, Arbitraries.lazy(() -> logical(d))),
            Tuple.of(1, Arbitraries.lazy(() -> conditional(d))),
            Tuple.of(2, Arbitraries.lazy(() -> assignment(d))),
            Tuple.of(1, Arbitraries.lazy(() -> sequence(d))),
            Tuple.of(2, Arbitraries.lazy(() -> call(d))),
            Tuple.of(1, Arbitraries.lazy(() -> newExpression(d))),
            Tuple.of(2, Arbitraries.lazy(() -> member(d))),
            Tuple.of(1, Arbitraries.lazy(() -> computedMember(d))),
            Tuple.of(2, Arbitraries.lazy(() -> optionalChain(d))),
            Tuple.of(1, Arbitraries.lazy(() -> array(d))),
            Tuple.of(1, Arbitraries.lazy(() -> object(d))),
            Tuple.of(1, Arbitraries.lazy(() -> arrow(d))),
            Tuple.of(1, Arbitraries.lazy(() -> template(d))),
            Tuple.of(1, Arbitraries.lazy(() -> taggedTemplate(d))));
    }

    private Arbitrary<Expression> leaf() {
        return Arbitraries.oneOf(identifier(), number(), string(), bigint(), regexp(),
            Arbitraries.of(new Expression.NullLiteral(AT), new Expression.BooleanLiteral(AT, true),
                new Expression.BooleanLiteral(AT, false), new Expression.This(AT)));
    }

    private static Arbitrary<Expression.Identifier> identifier() {
        return Arbitraries.of(NAMES).map(n -> new Expression.Identifier(AT, n));
    }

    private static Arbitrary<Expression> number() {
        Arbitrary<Double> integers = Arbitraries.integers().between(0, 1_000_000).map(Integer::doubleValue);
        Arbitrary<Double> doubles = Arbitraries.doubles().between(0, 1e300).filter(d -> d != 0 || 1 / d > 0);
        Arbitrary<Double> special = Arbitraries.of(0.5, 1e21, 1.5e-7, 123456789.125, Double.MIN_VALUE, Double.MAX_VALUE, 9007199254740993.0);
        return Arbitraries.oneOf(integers, doubles, special).map(d -> new Expression.NumberLiteral(AT, d, false));
    }

    private static Arbitrary<Expression> string() {
        return Arbitraries.strings().all().ofMaxLength(6).map(s -> new Expression.StringLiteral(AT, s, false));
    }

    private static Arbitrary<Expression> bigint() {
        return Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(30))
            .map(v -> new Expression.BigIntLiteral(AT, v));
    }

    private static Arbitrary<Expression> regexp() {
        return Combinators.combine(Arbitraries.of("a+", "[a-z]*", "\\d{2}", "(x|y)\\/", "[/]"), Arbitraries.of("", "g", "gi", "u", "dsy"))
            .as((p, f) -> new Expression.RegExpLiteral(AT, p, f));
    }

    private Arbitrary<Expression> unary(int depth) {
        return Combinators.combine(Arbitraries.of(UnaryOperator.class), expression(depth))
            .as((op, arg) -> new Expression.Unary(AT, op, arg));
    }

    /** Update and assignment targets: an identifier or a member access. */
    private Arbitrary<Pattern> simpleTarget(int depth) {
        return Arbitraries.oneOf(identifier().map(id -> (Pattern) id),
            Combinators.combine(expression(depth), Arbitraries.of(PROPERTY_NAMES))
                .as((o, n) -> (Pattern) new Expression.Member(AT, o, n, false)),
            Combinators.combine(expression(depth), expression(depth))
                .as((o, p) -> (Pattern) new Expression.ComputedMember(AT, o, p, false)));
    }

    private Arbitrary<Expression> update(int depth) {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), simpleTarget(depth))
            .as((inc, prefix, target) -> new Expression.Update(AT, inc, prefix, (Expression) target));
    }

    private Arbitrary<Expression> binary(int depth) {
        return Combinators.combine(Arbitraries.of(BinaryOperator.class), expression(depth), expression(depth))
            .as((op, l, r) -> new Expression.Binary(AT, op, l, r));
    }

    private Arbitrary<Expression> logical(int depth) {
        return Combinators.combine(Arbitraries.of(LogicalOperator.class), expression(depth), expression(depth))
            .as((op, l, r) -> new Expression.Logical(AT, op, l, r));
    }

    private Arbitrary<Expression> conditional(int depth) {
        return Combinators.combine(expression(depth), expression(depth), expression(depth))
            .as((t, c, a) -> new Expression.Conditional(AT, t, c, a));
    }

    private Arbitrary<Expression> assignment(int depth) {
        return Combinators.combine(Arbitraries.of(AssignmentOperator.class), simpleTarget(depth), expression(depth))
            .as((op, target, value) -> new Expression.Assignment(AT, op, target, value));
    }

    private Arbitrary<Expression> sequence(int depth) {
        return expression(depth).list().ofMinSize(2).ofMaxSize(3).map(list -> new Expression.Sequence(AT, list));
    }

    private Arbitrary<List<Expression>> arguments(int depth) {
        Arbitrary<Expression> argument = Arbitraries.oneOf(expression(depth), expression(depth),
            expression(depth).map(e -> new Expression.Spread(AT, e)));
        return argument.list().ofMaxSize(3);
    }

    private Arbitrary<Expression> call(int depth) {
        return Combinators.combine(expression(depth), arguments(depth)).as((callee, args) -> new Expression.Call(AT, callee, args, false));
    }

    private Arbitrary<Expression> newExpression(int depth) {
        return Combinators.combine(expression(depth), arguments(depth)).as((callee, args) -> new Expression.New(AT, callee, args));
    }

    private Arbitrary<Expression> member(int depth) {
        return Combinators.combine(expression(depth), Arbitraries.of(PROPERTY_NAMES))
            .as((o, n) -> new Expression.Member(AT, o, n, false));
    }

    private Arbitrary<Expression> computedMember(int depth) {
        return Combinators.combine(expression(depth), expression(depth)).as((o, p) -> new Expression.ComputedMember(AT, o, p, false));
    }

    /** One link of an optional chain: {@code .name}, {@code [expr]} or {@code (args)}, optional or not. */
    private record Link(int kind, boolean optional, String name, Expression property, List<Expression> args) {
        Expression apply(Expression object) {
            return switch (kind) {
                case 0 -> new Expression.Member(AT, object, name, optional);
                case 1 -> new Expression.ComputedMember(AT, object, property, optional);
                default -> new Expression.Call(AT, object, args, optional);
            };
        }
    }

    private Arbitrary<Expression> optionalChain(int depth) {
        Arbitrary<Link> link = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false),
            Arbitraries.of(PROPERTY_NAMES), expression(depth), arguments(depth)).as(Link::new);
        return Combinators.combine(expression(depth), link.list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 2))
            .as((base, links, forced) -> {
                Expression e = base;
                for (int i = 0; i < links.size(); i++) {
                    Link l = links.get(i);
                    boolean optional = l.optional() || i == Math.min(forced, links.size() - 1);
                    e = new Link(l.kind(), optional, l.name(), l.property(), l.args()).apply(e);
                }
                return new Expression.OptionalChain(AT, e);
            });
    }

    private Arbitrary<Expression> array(int depth) {
        Arbitrary<Expression> element = Arbitraries.oneOf(expression(depth), expression(depth),
            expression(depth).map(e -> new Expression.Spread(AT, e))).injectNull(0.15);
        return element.list().ofMaxSize(4).map(list -> new Expression.ArrayLiteral(AT, list));
    }

    private Arbitrary<Expression> object(int depth) {
        Arbitrary<ObjectMember> named = Combinators.combine(identifier(), expression(depth))
            .as((k, v) -> new ObjectMember.Property(AT, k, false, v, ObjectMember.Kind.INIT, false, false));
        Arbitrary<ObjectMember> stringKey = Combinators.combine(string(), expression(depth))
            .as((k, v) -> new ObjectMember.Property(AT, k, false, v, ObjectMember.Kind.INIT, false, false));
        Arbitrary<ObjectMember> numberKey = Combinators.combine(number(), expression(depth))
            .as((k, v) -> new ObjectMember.Property(AT, k, false, v, ObjectMember.Kind.INIT, false, false));
        Arbitrary<ObjectMember> computed = Combinators.combine(expression(depth), expression(depth))
            .as((k, v) -> new ObjectMember.Property(AT, k, true, v, ObjectMember.Kind.INIT, false, false));
        Arbitrary<ObjectMember> shorthand = identifier()
            .map(id -> new ObjectMember.Property(AT, id, false, id, ObjectMember.Kind.INIT, false, true));
        Arbitrary<ObjectMember> spread = expression(depth).map(e -> new Expression.Spread(AT, e));
        return Arbitraries.oneOf(named, stringKey, numberKey, computed, shorthand, spread).list().ofMaxSize(3)
            .map(members -> new Expression.ObjectLiteral(AT, members));
    }

    private Arbitrary<Expression> arrow(int depth) {
        Arbitrary<List<Pattern>> params = Arbitraries.of(NAMES).set().ofMaxSize(3).map(names -> {
            List<Pattern> list = new ArrayList<>();
            for (String n : names) {
                list.add(new Expression.Identifier(AT, n));
            }
            return list;
        });
        return Combinators.combine(params, Arbitraries.of(true, false), expression(depth)).as((ps, async, body) -> {
            FunctionNode fn = new FunctionNode(AT, null, ps, null, List.of(new Statement.Return(AT, body)),
                FunctionNode.Kind.ARROW, false, async, false, false, true);
            return new Expression.ArrowFunction(AT, fn);
        });
    }

    /** Pieces of template text as (raw, cooked); {@code cooked} null marks a NotEscapeSequence. */
    private record Piece(String raw, String cooked) {
    }

    private static final List<Piece> PIECES = List.of(new Piece("a", "a"), new Piece("z", "z"), new Piece(" ", " "),
        new Piece("\\n", "\n"), new Piece("\n", "\n"), new Piece("\\`", "`"), new Piece("\\\\", "\\"),
        new Piece("\u00e9", "\u00e9"), new Piece("\\u0041", "A"));

    private static Arbitrary<Expression.TemplateElement> templateElement(boolean tagged) {
        Arbitrary<Piece> piece = tagged
            ? Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.just(new Piece("\\xg", null)))
            : Arbitraries.of(PIECES);
        return piece.list().ofMaxSize(4).map(pieces -> {
            StringBuilder raw = new StringBuilder();
            StringBuilder cooked = new StringBuilder();
            boolean invalid = false;
            for (Piece p : pieces) {
                raw.append(p.raw());
                if (p.cooked() == null) {
                    invalid = true;
                } else {
                    cooked.append(p.cooked());
                }
            }
            return new Expression.TemplateElement(AT, invalid ? null : cooked.toString(), raw.toString());
        });
    }

    private Arbitrary<Expression.TemplateLiteral> templateLiteral(int depth, boolean tagged) {
        return Combinators.combine(expression(depth).list().ofMaxSize(2), templateElement(tagged).list().ofSize(3))
            .as((values, elements) -> new Expression.TemplateLiteral(AT, elements.subList(0, values.size() + 1), values));
    }

    private Arbitrary<Expression> template(int depth) {
        return templateLiteral(depth, false).map(t -> t);
    }

    private Arbitrary<Expression> taggedTemplate(int depth) {
        return Combinators.combine(expression(depth), templateLiteral(depth, true)).as((tag, quasi) -> new Expression.TaggedTemplate(AT, tag, quasi));
    }

}
