package dev.oryx.fuzz;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.oryx.ast.Expression;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.Node;
import dev.oryx.ast.Program;
import dev.oryx.ast.Statement;
import dev.oryx.parse.Parser;

/**
 * Smaller versions of a generated program, biggest cuts first, that are still well-formed: each
 * candidate parses, and every function and loop body still starts with {@code $tick()} (so it
 * still terminates). The edits are generic over the AST records: delete runs of list elements
 * (statements, arguments, members...), inline a block, replace a node by one of its children of
 * a fitting type, replace an expression by {@code 0}, drop an optional child.
 */
final class ProgramShrinker {
    /** Record components that may be null, by record type and component name. */
    private static final Set<String> OPTIONAL = Set.of("If.alternate", "Try.finalizer", "Try.handler",
        "ClassNode.superClass", "FunctionNode.rest", "Return.argument", "Field.value", "CatchClause.param",
        "ArrayPattern.rest", "ObjectPattern.rest", "VariableDeclarator.init");
    /** Lists whose length is an invariant of the tree: only their elements shrink. */
    private static final Set<String> FIXED_LENGTH = Set.of("TemplateLiteral.quasis", "TemplateLiteral.expressions");

    private ProgramShrinker() {
    }

    /** Well-formed smaller programs, lazily. */
    static Stream<GeneratedProgram> candidates(GeneratedProgram program) {
        return variants(program.ast(), Program.class)
            .map(p -> program.withAst((Program) p))
            .filter(ProgramShrinker::wellFormed);
    }

    /** Parses, and keeps the fuel calls that bound loops and recursion. */
    static boolean wellFormed(GeneratedProgram program) {
        if (!fueled(program.ast())) {
            return false;
        }
        try {
            Parser.parseScript(program.source(), "fuzz.js");
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** The number of nodes: the shrinking distance. */
    static long size(Object value) {
        if (value instanceof List<?> list) {
            long n = 0;
            for (Object o : list) {
                n += size(o);
            }
            return n;
        }
        if (value instanceof Record r && value instanceof Node) {
            long n = 1;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                n += size(AstRecords.get(c, r));
            }
            return n;
        }
        return 0;
    }

    // ---- fuel ----

    static boolean fueled(Object value) {
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (!fueled(o)) {
                    return false;
                }
            }
            return true;
        }
        if (!(value instanceof Record r) || !(value instanceof Node)) {
            return true;
        }
        switch (value) {
            case FunctionNode f -> {
                if (!startsWithTick(f)) {
                    return false;
                }
            }
            case Statement.For f -> {
                if (!tickedBody(f.body())) {
                    return false;
                }
            }
            case Statement.While w -> {
                if (!tickedBody(w.body())) {
                    return false;
                }
            }
            case Statement.DoWhile d -> {
                if (!tickedBody(d.body())) {
                    return false;
                }
            }
            case Statement.ForOf f -> {
                if (!tickedBody(f.body())) {
                    return false;
                }
            }
            case Statement.ForIn f -> {
                if (!tickedBody(f.body())) {
                    return false;
                }
            }
            default -> {
            }
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (!fueled(AstRecords.get(c, r))) {
                return false;
            }
        }
        return true;
    }

    private static boolean tickedBody(Statement body) {
        return body instanceof Statement.Block b && !b.body().isEmpty() && Ast.isTick(b.body().get(0));
    }

    private static boolean startsWithTick(FunctionNode f) {
        if (f.body().isEmpty()) {
            return false;
        }
        if (f.expressionBody()) {
            return f.body().get(0) instanceof Statement.Return r && r.argument() instanceof Expression.Sequence s
                && !s.expressions().isEmpty() && Ast.isTickCall(s.expressions().get(0));
        }
        return Ast.isTick(f.body().get(0));
    }

    // ---- edits ----

    /** Replacements for {@code value} that fit a slot of type {@code slot}, one edit each. */
    private static Stream<Object> variants(Object value, java.lang.reflect.Type slot) {
        return variants(value, slot, false);
    }

    private static Stream<Object> variants(Object value, java.lang.reflect.Type slot, boolean fixedLength) {
        if (value instanceof List<?> list && slot instanceof ParameterizedType pt) {
            return listVariants(list, raw(pt.getActualTypeArguments()[0]), fixedLength);
        }
        if (value instanceof Record r && value instanceof Node) {
            return nodeVariants(r, raw(slot));
        }
        return Stream.empty();
    }

    private static Class<?> raw(java.lang.reflect.Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    @SafeVarargs
    private static Stream<Object> lazily(Supplier<Stream<Object>>... parts) {
        return Stream.of(parts).flatMap(Supplier::get);
    }

    private static Stream<Object> listVariants(List<?> list, Class<?> element, boolean fixedLength) {
        int n = list.size();
        return lazily(
            () -> {
                if (fixedLength) {
                    return Stream.empty();
                }
                List<Object> cuts = new ArrayList<>();
                for (int chunk = n; chunk >= 1; chunk /= 2) {
                    for (int start = 0; start + chunk <= n; start += chunk) {
                        List<Object> copy = new ArrayList<>(list);
                        copy.subList(start, start + chunk).clear();
                        cuts.add(copy);
                    }
                    if (chunk == 1) {
                        break;
                    }
                }
                return cuts.stream();
            },
            () -> element == Statement.class && !fixedLength ? IntStream.range(0, n)
                .filter(i -> list.get(i) instanceof Statement.Block)
                .mapToObj(i -> {
                    List<Object> copy = new ArrayList<>(list.subList(0, i));
                    copy.addAll(((Statement.Block) list.get(i)).body());
                    copy.addAll(list.subList(i + 1, n));
                    return (Object) copy;
                }) : Stream.empty(),
            () -> IntStream.range(0, n).boxed().flatMap(i -> {
                Object item = list.get(i);
                return variants(item, element).map(v -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.set(i, v);
                    return (Object) copy;
                });
            }));
    }

    private static Stream<Object> nodeVariants(Record node, Class<?> slot) {
        RecordComponent[] components = node.getClass().getRecordComponents();
        return lazily(
            // a child or grandchild that fits the slot
            () -> {
                List<Object> hoisted = new ArrayList<>();
                for (RecordComponent c : components) {
                    Object child = AstRecords.get(c, node);
                    if (child instanceof List<?> list) {
                        for (Object item : list) {
                            if (item != null && slot.isInstance(item) && !(item instanceof Expression.Spread)) {
                                hoisted.add(item);
                            }
                        }
                    } else if (child != null && child instanceof Node && slot.isInstance(child)) {
                        hoisted.add(child);
                    }
                }
                return hoisted.stream();
            },
            () -> slot.isAssignableFrom(Expression.NumberLiteral.class) && size(node) > 1
                ? Stream.of(new Expression.NumberLiteral(Ast.AT, 0, false)) : Stream.empty(),
            () -> Stream.of(components)
                .filter(c -> AstRecords.get(c, node) != null && OPTIONAL.contains(node.getClass().getSimpleName() + "." + c.getName()))
                .map(c -> AstRecords.with(node, c, null)),
            () -> Stream.of(components).flatMap(c -> {
                Object child = AstRecords.get(c, node);
                if (child == null) {
                    return Stream.empty();
                }
                boolean fixed = FIXED_LENGTH.contains(node.getClass().getSimpleName() + "." + c.getName())
                    || node instanceof FunctionNode f && f.expressionBody() && c.getName().equals("body");
                return variants(child, c.getGenericType(), fixed).map(v -> AstRecords.with(node, c, v));
            }));
    }
}
