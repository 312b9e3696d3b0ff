package dev.oryx.fuzz;

import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dev.oryx.ast.Expression;
import dev.oryx.ast.Program;

/**
 * Where a reference engine (node or GraalJS) disagrees with ECMA-262, found by the differential
 * property and checked by hand against the specification. Each case is avoided: node's by the
 * generator (the comment at the avoidance names the entry), GraalJS's by the differential
 * property, which runs a program {@link #avoiding rewritten} around them for that engine, or
 * leaves it out ({@link #avoided}).
 * {@code KnownReferenceBugsTest} checks that Oryx gives the specified answer and that the engine
 * still gives its own, so that an avoidance can go once the engine is fixed.
 */
final class KnownReferenceBugs {
    /** The engines an entry can belong to. */
    enum Engine {
        NODE, GRAALJS;

        /** The engine a runner is. */
        static Engine of(ReferenceEngine runner) {
            return runner instanceof GraalRunner ? GRAALJS : NODE;
        }
    }

    /**
     * @param engine    the engine that is wrong
     * @param name      what goes wrong
     * @param section   the ECMA-262 sections that decide it
     * @param program   a minimal program (prints with print)
     * @param expected  the output the specification requires
     * @param reference the output the engine gives
     */
    record Entry(Engine engine, String name, String section, String program, String expected, String reference) {
    }

    static final List<Entry> ENTRIES = List.of(
        new Entry(Engine.NODE,
            "object literal starting with a spread: accessors listed after the data properties that follow them",
            "13.2.5.4 (members are defined in order), 10.1.11.1 OrdinaryOwnPropertyKeys (chronological order)",
            "var o = { ...{}, get a() { return 1; }, b: 2 };\nprint(Object.keys(o).join());\n",
            "a,b\n",
            "b,a\n"),
        new Entry(Engine.GRAALJS,
            "a string numeric literal of two or more characters followed by U+0000-U+001F converts to its number,"
                + " not NaN (U+0000 is not a StrWhiteSpaceChar)",
            "7.1.4.1 ToNumber applied to Strings (StringToNumber: a text that is not a StringNumericLiteral gives NaN;"
                + " StrWhiteSpaceChar is WhiteSpace or LineTerminator), 12.2 White Space",
            "print(+(\"-1\" + \"\\u0000\"), Number(\"12\\u0000\"), \"1.5\\u0000\" * 1);\n",
            "NaN NaN NaN\n",
            "-1 12 1.5\n"),
        new Entry(Engine.GRAALJS,
            "BigInt of a string with a trailing U+0000-U+001F gives a BigInt instead of throwing a SyntaxError",
            "21.2.1.1 BigInt (step 3: ToPrimitive, then ToBigInt), 7.1.13 ToBigInt (a String that StringToBigInt cannot"
                + " parse throws a SyntaxError), 7.1.14 StringToBigInt, 7.1.4.1 StrWhiteSpaceChar",
            "try { print(BigInt(\"5\\u0000\")); } catch (e) { print($err(e)); }\n",
            "SyntaxError\n",
            "5\n"),
        new Entry(Engine.GRAALJS,
            "in an array literal that also holds a double, the first element that is a number literal minus, times,"
                + " divided by or modulo something reads the literal as 0 from the literal's second run on",
            "13.2.4.1 ArrayAccumulation (each element is evaluated), 13.7.3/13.8.2 and 6.1.6.1.4-6.1.6.1.8 (Number::"
                + "multiply, divide, remainder, subtract)",
            "function f(n) { return [0.5, 31 - n]; }\nprint(f(1));\nprint(f(2));\n",
            "0.5,30\n0.5,29\n",
            "0.5,30\n0.5,-2\n"));

    /**
     * The program the differential property runs in place of {@code source} with {@code engine}.
     * For GraalJS, every U+0000 the program can make (a {@code "\u0000"} escape, the only C0
     * control character the generator writes that is not white space, and
     * {@code String.fromCharCode(0)}/{@code fromCodePoint(0)}) becomes U+007F, which GraalJS
     * converts as specified: the GraalJS entries cannot show, and the program stays one that both
     * engines run. Other engines get {@code source} unchanged.
     */
    static String avoiding(Engine engine, String source) {
        if (engine != Engine.GRAALJS) {
            return source;
        }
        return source.replace("\\u0000", "\\u007f").replace("fromCharCode(0)", "fromCharCode(127)")
            .replace("fromCodePoint(0)", "fromCodePoint(127)");
    }

    /**
     * Whether the differential property leaves {@code program} out for {@code engine}: for
     * GraalJS, a program with an array literal of two or more elements, one of them a number
     * literal {@code -}, {@code *}, {@code /} or {@code %} something (the last GraalJS entry; the
     * double element need not be a literal, so any such array is left out).
     */
    static boolean avoided(Engine engine, Program program) {
        return engine == Engine.GRAALJS && contains(program, KnownReferenceBugs::literalArithmeticInArray);
    }

    private static boolean literalArithmeticInArray(Object node) {
        return node instanceof Expression.ArrayLiteral array && array.elements().size() > 1
            && array.elements().stream().anyMatch(e -> e instanceof Expression.Binary b
                && b.left() instanceof Expression.NumberLiteral && LITERAL_LEFT_BUGGY.contains(b.operator()));
    }

    private static final Set<Expression.BinaryOperator> LITERAL_LEFT_BUGGY = EnumSet.of(
        Expression.BinaryOperator.SUB, Expression.BinaryOperator.MUL, Expression.BinaryOperator.DIV,
        Expression.BinaryOperator.MOD);

    /** Whether {@code test} holds for {@code node} or a node in it (the AST is records and lists). */
    private static boolean contains(Object node, Predicate<Object> test) {
        if (test.test(node)) {
            return true;
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                if (contains(item, test)) {
                    return true;
                }
            }
        } else if (node instanceof Record record && record.getClass().getPackageName().equals("dev.oryx.ast")) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                try {
                    if (contains(c.getAccessor().invoke(record), test)) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    private KnownReferenceBugs() {
    }
}
