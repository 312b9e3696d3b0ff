package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.JSFunction;
import dev.oryx.runtime.Conversions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The interpreter's int32 fast paths (operands boxed as Integer) must agree with the generic
 * number path (the same values as Double) for every arithmetic, bitwise and comparison operator,
 * also in their immediate and compare-and-jump forms: overflow, -0 and NaN included.
 */
class IntFastPathPropertyTest {
    private static final Map<String, JSFunction> BINARY = new LinkedHashMap<>();
    private static final Map<String, JSFunction> UNARY = new LinkedHashMap<>();

    static {
        // interpreted, and compiled at the first call (the functions are leaves: LeafOps' paths)
        add("", new JSRuntime().newContext());
        add("compiled: ", JSRuntime.builder().compileThreshold(1).build().newContext());
    }

    private static void add(String label, JSContext cx) {
        for (String op : new String[] {"+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>", "<", "<=", ">", ">=",
            "==", "!=", "===", "!=="}) {
            BINARY.put(label + "a " + op + " b", (JSFunction) cx.evalRaw("(function (a, b) { return a " + op + " b; })", "t.js"));
        }
        BINARY.put(label + "if (a < b)", (JSFunction) cx.evalRaw("(function (a, b) { if (a < b) return 'lt'; return 'ge'; })", "t.js"));
        BINARY.put(label + "while (a < b)", (JSFunction) cx.evalRaw("(function (a, b) { var n = 0; while (a < b && n < 2) { n++; } return n; })", "t.js"));
        for (String u : new String[] {"-a", "~a", "+a", "++a", "--a", "a++", "a--", "a + 7", "a - 7", "a + -1", "a - 1",
            "a < 7 ? 1 : 0", "a < -3 ? 1 : 0", "a < 0 ? 1 : 0"}) {
            UNARY.put(label + u, (JSFunction) cx.evalRaw("(function (a) { return " + u + "; })", "t.js"));
        }
        UNARY.put(label + "if (a < 7)", (JSFunction) cx.evalRaw("(function (a) { if (a < 7) return 'lt'; return 'ge'; })", "t.js"));
        UNARY.put(label + "a += 2147483647", (JSFunction) cx.evalRaw("(function (a) { a += 2147483647; return a; })", "t.js"));
    }

    @Provide
    Arbitrary<Integer> ints() {
        return Arbitraries.oneOf(
            Arbitraries.integers(),
            Arbitraries.integers().between(-40, 40),
            Arbitraries.of(0, 1, -1, 2, 7, 31, 32, 33, -32, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1,
                Integer.MIN_VALUE + 1, 46341, -46341, 65536));
    }

    /** The same number as a Double: the interpreter's generic path. */
    private static Object slow(int v) {
        return (double) v;
    }

    @Property(tries = 400)
    void binaryOperatorsAgreeOnBothRepresentations(@ForAll("ints") int a, @ForAll("ints") int b) {
        for (Map.Entry<String, JSFunction> e : BINARY.entrySet()) {
            Object fast = e.getValue().call(dev.oryx.runtime.Undefined.INSTANCE, new Object[] {a, b});
            Object generic = e.getValue().call(dev.oryx.runtime.Undefined.INSTANCE, new Object[] {slow(a), slow(b)});
            assertSame(e.getKey() + " with a=" + a + ", b=" + b, generic, fast);
        }
    }

    @Property(tries = 400)
    void unaryAndImmediateFormsAgreeOnBothRepresentations(@ForAll("ints") int a) {
        for (Map.Entry<String, JSFunction> e : UNARY.entrySet()) {
            Object fast = e.getValue().call(dev.oryx.runtime.Undefined.INSTANCE, new Object[] {a});
            Object generic = e.getValue().call(dev.oryx.runtime.Undefined.INSTANCE, new Object[] {slow(a)});
            assertSame(e.getKey() + " with a=" + a, generic, fast);
        }
    }

    /** SameValue, looking through the Integer/Double representation of numbers (but not through -0 vs +0). */
    private static void assertSame(String what, Object expected, Object actual) {
        if (Conversions.isNumber(expected) && Conversions.isNumber(actual)) {
            double x = Conversions.numberValue(expected);
            double y = Conversions.numberValue(actual);
            assertEquals(Double.doubleToLongBits(x), Double.doubleToLongBits(y), what + ": " + x + " vs " + y);
        } else {
            assertEquals(expected, actual, what);
        }
    }
}
