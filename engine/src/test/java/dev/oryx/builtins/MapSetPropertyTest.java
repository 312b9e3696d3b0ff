package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.runtime.Conversions;

/**
 * Map and Set driven through JavaScript by random operation sequences behave like
 * {@link LinkedHashMap} keyed by SameValueZero classes: same results of set/add/delete/has/get,
 * same size, same iteration order.
 */
class MapSetPropertyTest {
    /**
     * Key expressions and their SameValueZero class. {@code dbl(n)} is a host function returning
     * the Java Double n, so that int-valued Doubles meet Integers.
     */
    private static final String[][] KEYS = {
        {"1", "n1"}, {"dbl(1)", "n1"}, {"0", "n0"}, {"-0", "n0"}, {"dbl(0)", "n0"}, {"NaN", "nan"}, {"0/0", "nan"},
        {"2.5", "n2.5"}, {"'1'", "s1"}, {"'a'", "sa"}, {"true", "true"}, {"undefined", "undefined"}, {"null", "null"},
        {"o1", "o1"}, {"o2", "o2"}, {"sym", "sym"}, {"dbl(4294967296)", "n4294967296"}, {"4294967296", "n4294967296"},
    };

    @Provide
    Arbitrary<List<int[]>> operations() {
        // {operation, key index}: 0 set/add, 1 delete, 2 has, 3 get, 4 clear
        return Arbitraries.integers().between(0, 4).flatMap(op -> Arbitraries.integers().between(0, KEYS.length - 1)
            .map(k -> new int[] {op == 4 && k % 4 != 0 ? 0 : op, k})).list().ofMaxSize(60);
    }

    @Property(tries = 60)
    void mapBehavesLikeLinkedHashMap(@ForAll("operations") List<int[]> ops) {
        StringBuilder js = new StringBuilder("var o1 = {}, o2 = {}, sym = Symbol(), m = new Map(), out = [];\n");
        StringBuilder expected = new StringBuilder();
        Map<String, String> oracle = new LinkedHashMap<>(); // class -> value label
        int step = 0;
        for (int[] op : ops) {
            String key = KEYS[op[1]][0];
            String cls = KEYS[op[1]][1];
            String label = "v" + step++;
            switch (op[0]) {
                case 0 -> {
                    js.append("out.push(m.set(").append(key).append(", '").append(label).append("') === m);\n");
                    oracle.merge(cls, label, (old, v) -> v);
                    expected.append("true,");
                }
                case 1 -> {
                    js.append("out.push(m.delete(").append(key).append("));\n");
                    expected.append(oracle.remove(cls) != null).append(',');
                }
                case 2 -> {
                    js.append("out.push(m.has(").append(key).append("));\n");
                    expected.append(oracle.containsKey(cls)).append(',');
                }
                case 3 -> {
                    js.append("out.push(m.get(").append(key).append("));\n");
                    String v = oracle.get(cls);
                    expected.append(v == null ? "" : v).append(',');
                }
                default -> {
                    js.append("m.clear(); out.push(m.size);\n");
                    oracle.clear();
                    expected.append("0,");
                }
            }
        }
        js.append("out.push(m.size); m.forEach(function (v) { out.push(v); }); for (var e of m) out.push(e[1]); out.join()");
        expected.append(oracle.size());
        for (int pass = 0; pass < 2; pass++) {
            for (String v : oracle.values()) {
                expected.append(',').append(v);
            }
        }
        assertEquals(expected.toString(), run(js.toString()), js.toString());
    }

    @Property(tries = 60)
    void setBehavesLikeLinkedHashSet(@ForAll("operations") List<int[]> ops) {
        StringBuilder js = new StringBuilder("var o1 = {}, o2 = {}, sym = Symbol(), s = new Set(), out = [];\n");
        StringBuilder expected = new StringBuilder();
        Map<String, String> oracle = new LinkedHashMap<>(); // class -> first key expression's class
        for (int[] op : ops) {
            String key = KEYS[op[1]][0];
            String cls = KEYS[op[1]][1];
            switch (op[0]) {
                case 0, 3 -> {
                    js.append("out.push(s.add(").append(key).append(") === s);\n");
                    oracle.putIfAbsent(cls, cls);
                    expected.append("true,");
                }
                case 1 -> {
                    js.append("out.push(s.delete(").append(key).append("));\n");
                    expected.append(oracle.remove(cls) != null).append(',');
                }
                case 2 -> {
                    js.append("out.push(s.has(").append(key).append("));\n");
                    expected.append(oracle.containsKey(cls)).append(',');
                }
                default -> {
                    js.append("s.clear(); out.push(s.size);\n");
                    oracle.clear();
                    expected.append("0,");
                }
            }
        }
        // the class of each member, in iteration order, computed in JavaScript
        js.append("function cls(k) { if (k === o1) return 'o1'; if (k === o2) return 'o2'; if (k === sym) return 'sym';"
            + " if (typeof k === 'number') return k !== k ? 'nan' : 'n' + k; if (typeof k === 'string') return 's' + k;"
            + " return String(k); }\n");
        js.append("out.push(s.size); for (var k of s) out.push(cls(k)); out.join()");
        expected.append(oracle.size());
        for (String c : oracle.keySet()) {
            expected.append(',').append(c);
        }
        assertEquals(expected.toString(), run(js.toString()), js.toString());
    }

    private static String run(String source) {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            cx.defineFunction("dbl", 1, (t, a) -> Double.valueOf(((Number) a[0]).doubleValue()));
            return Conversions.toString(cx.realm(), cx.evalRaw(source, "t.js"));
        }
    }
}
