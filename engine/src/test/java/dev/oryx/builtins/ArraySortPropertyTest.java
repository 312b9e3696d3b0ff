package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;

/** Array.prototype.sort agrees with a reference stable sort written here. */
class ArraySortPropertyTest {
    private static final JSRuntime RUNTIME = new JSRuntime();
    private static final JSContext CX = RUNTIME.newContext();

    @AfterContainer
    static void close() {
        CX.close();
        RUNTIME.close();
    }

    /** Reference: insertion sort, stable because it moves an element only past strictly greater ones. */
    private static List<Integer> stableOrder(List<Integer> keys) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int j = order.size();
            while (j > 0 && keys.get(order.get(j - 1)) > keys.get(i)) {
                j--;
            }
            order.add(j, i);
        }
        return order;
    }

    @Property(tries = 100)
    void comparatorSortIsStable(@ForAll @Size(max = 80) List<@IntRange(min = 0, max = 6) Integer> keys) {
        String source = "var keys = " + keys + ";"
            + "var items = keys.map((k, i) => ({ k: k, i: i }));"
            + "items.sort((a, b) => a.k - b.k).map(o => o.i).join()";
        assertEquals(join(stableOrder(keys)), CX.evalRaw(source, "sort.js"));
    }

    @Property(tries = 100)
    void descendingComparatorIsStableToo(@ForAll @Size(max = 60) List<@IntRange(min = -3, max = 3) Integer> keys) {
        List<Integer> negated = keys.stream().map(k -> -k).toList();
        String source = "var keys = " + keys + ";"
            + "keys.map((k, i) => [k, i]).sort((a, b) => b[0] - a[0]).map(p => p[1]).join()";
        assertEquals(join(stableOrder(negated)), CX.evalRaw(source, "sort.js"));
    }

    @Provide
    Arbitrary<List<String>> numbers() {
        Arbitrary<String> n = Arbitraries.oneOf(
            Arbitraries.integers().between(-5, 5).map(String::valueOf),
            Arbitraries.of("-0", "0", "0.5", "-0.5", "1e308", "-1e308", "5e-324", "-5e-324", "Infinity", "-Infinity",
                "NaN", "2147483648", "-2147483649", "0.1", "0.30000000000000004"));
        return n.list().ofMaxSize(60);
    }

    /**
     * A comparator that subtracts its arguments sorts Numbers without being called
     * (ArraySort.sortSubtraction): the result is the merge sort's with a comparator computing the
     * same thing in another way, -0 and +0, NaN and infinities included.
     */
    @Property(tries = 200)
    void subtractingComparatorsSortAsTheGeneralPathDoes(@ForAll("numbers") List<String> values) {
        String show = ".map(x => Object.is(x, -0) ? '-0' : String(x)).join()";
        String list = "[" + String.join(",", values) + "]";
        String[][] pairs = {
            {"(a, b) => a - b", "(a, b) => { var d = a; d -= b; return d; }"},
            {"function (x, y) { return y - x; }", "function (x, y) { var d = y; d -= x; return d; }"},
            {"(p, q) => (q - p)", "(a, b) => { var d = b; d -= a; return d; }"},
        };
        for (String[] pair : pairs) {
            String fast = String.valueOf(CX.evalRaw(list + ".sort(" + pair[0] + ")" + show, "sort.js"));
            String general = String.valueOf(CX.evalRaw(list + ".sort(" + pair[1] + ")" + show, "sort.js"));
            assertEquals(general, fast, pair[0] + " on " + list);
        }
    }

    @Provide
    Arbitrary<List<String>> strings() {
        Arbitrary<String> s = Arbitraries.strings().withChars('a', 'b', 'B', '1', '\u00e9', '\uD83D', '\uDE00', '\uFFFF')
            .ofMaxLength(4);
        return s.list().ofMaxSize(40);
    }

    @Property(tries = 100)
    void defaultSortOrdersByCodeUnits(@ForAll("strings") List<String> values) {
        List<String> expected = new ArrayList<>();
        for (int i : stableStringOrder(values)) {
            expected.add(values.get(i));
        }
        StringBuilder literal = new StringBuilder("[");
        for (String v : values) {
            literal.append(jsString(v)).append(',');
        }
        literal.append(']');
        String source = "var a = " + literal + "; a.sort(); a.map(s => s.length + ':' + s).join('|')";
        StringBuilder want = new StringBuilder();
        for (String v : expected) {
            want.append(want.isEmpty() ? "" : "|").append(v.length()).append(':').append(v);
        }
        assertEquals(want.toString(), CX.evalRaw(source, "sort.js"));
    }

    private static List<Integer> stableStringOrder(List<String> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int j = order.size();
            while (j > 0 && values.get(order.get(j - 1)).compareTo(values.get(i)) > 0) {
                j--;
            }
            order.add(j, i);
        }
        return order;
    }

    @Property(tries = 100)
    void undefinedGoesLastAndHolesAreRemoved(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 9) Integer> codes) {
        // code 0 is a hole, 1 is undefined, others are the numbers 2..9
        StringBuilder literal = new StringBuilder("[");
        List<Integer> numbers = new ArrayList<>();
        int undefinedCount = 0;
        for (int c : codes) {
            if (c == 1) {
                literal.append("undefined");
                undefinedCount++;
            } else if (c > 1) {
                literal.append(c);
                numbers.add(c);
            }
            literal.append(',');
        }
        literal.append(']');
        numbers.sort(null);
        StringBuilder want = new StringBuilder();
        for (int n : numbers) {
            want.append(n).append(',');
        }
        want.append("u".repeat(undefinedCount)).append("_".repeat(codes.size() - numbers.size() - undefinedCount));
        String source = "var a = " + literal + "; a.sort((x, y) => x - y); var s = '';"
            + "for (var i = 0; i < a.length; i++) s += !(i in a) ? '_' : a[i] === undefined ? 'u' : a[i] + ','; s + '/' + a.length";
        assertEquals(want + "/" + codes.size(), CX.evalRaw(source, "sort.js"));
    }

    private static String join(List<Integer> xs) {
        StringBuilder sb = new StringBuilder();
        for (int x : xs) {
            sb.append(sb.isEmpty() ? "" : ",").append(x);
        }
        return sb.toString();
    }

    static String jsString(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            sb.append(String.format("\\u%04x", (int) c));
        }
        return sb.append('\'').toString();
    }
}
