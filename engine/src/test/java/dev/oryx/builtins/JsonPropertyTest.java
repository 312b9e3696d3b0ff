package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyKey;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * Laws of JSON on generated JSON values (nested objects and arrays, strings with every kind of
 * escape and lone surrogates, integers and doubles): stringify matches an independent Java
 * serializer, parse(stringify(v)) is v, with and without indentation.
 */
class JsonPropertyTest {
    private static JSRuntime runtime;
    private static JSContext context;
    private static Realm realm;

    @BeforeContainer
    static void start() {
        runtime = new JSRuntime();
        context = runtime.newContext();
        realm = context.realm();
    }

    @AfterContainer
    static void stop() {
        context.close();
        runtime.close();
    }

    /** A JSON value as plain Java: Map (insertion order), List, String, Integer, Double, Boolean, Null.INSTANCE. */
    @Provide
    Arbitrary<Object> jsonValues() {
        return value(4);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
            strings().map(s -> (Object) s),
            Arbitraries.integers().map(i -> (Object) i),
            Arbitraries.doubles().filter(Double::isFinite).map(d -> (Object) d),
            Arbitraries.of(-0.0, 1e21, 1e-7, 5e-324, Double.MAX_VALUE, 0.1).map(d -> (Object) d),
            Arbitraries.of(Boolean.TRUE, Boolean.FALSE, Null.INSTANCE));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> object = Arbitraries.maps(keys(), Arbitraries.lazy(() -> value(depth - 1))).ofMaxSize(4)
            .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, leaf),
            net.jqwik.api.Tuple.of(1, array),
            net.jqwik.api.Tuple.of(1, object));
    }

    private static Arbitrary<String> strings() {
        Arbitrary<Character> interesting = Arbitraries.of('"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\u0000', '\u001f',
            '\u007f', '\u2028', '\ud800', '\udbff', '\udc00', '\udfff', '\u00e9', 'a', 'Z', '0', ' ');
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8), interesting.list().ofMaxSize(8).map(JsonPropertyTest::join));
    }

    private static String join(List<Character> chars) {
        StringBuilder sb = new StringBuilder();
        chars.forEach(sb::append);
        return sb.toString();
    }

    private static Arbitrary<String> keys() {
        return Arbitraries.oneOf(strings(), Arbitraries.of("0", "1", "10", "01", "-1", "4294967294", "4294967295", "__proto__", "a", "b"));
    }

    /** Builds the JavaScript value of a generated Java value. */
    private static Object toJs(Object v) {
        if (v instanceof Map<?, ?> m) {
            JSObject o = realm.newObject();
            m.forEach((k, val) -> ObjectOperations.createDataPropertyOrThrow(realm, o, PropertyKey.fromString((String) k), toJs(val)));
            return o;
        }
        if (v instanceof List<?> l) {
            return realm.newArray(l.stream().map(JsonPropertyTest::toJs).toArray());
        }
        if (v instanceof Double d) {
            return Conversions.number(d); // as arithmetic would produce it
        }
        return v;
    }

    /** The expected JSON text, written independently of the engine's stringifier. */
    private static void expectedText(Object v, StringBuilder sb) {
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ownPropertyOrder(m)) {
                sb.append(first ? "" : ",");
                first = false;
                quote((String) e.getKey(), sb);
                sb.append(':');
                expectedText(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                expectedText(l.get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof String s) {
            quote(s, sb);
        } else if (v instanceof Double d) {
            sb.append(d == 0 ? "0" : Conversions.numberToString(Conversions.number(d)));
        } else if (v == Null.INSTANCE) {
            sb.append("null");
        } else {
            sb.append(v);
        }
    }

    /** OrdinaryOwnPropertyKeys: array indices ascending, then the other names in insertion order. */
    private static List<Map.Entry<?, ?>> ownPropertyOrder(Map<?, ?> m) {
        List<Map.Entry<?, ?>> indices = new ArrayList<>();
        List<Map.Entry<?, ?>> names = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            (PropertyKey.arrayIndex((String) e.getKey()) >= 0 ? indices : names).add(e);
        }
        indices.sort((a, b) -> Long.compare(PropertyKey.arrayIndex((String) a.getKey()), PropertyKey.arrayIndex((String) b.getKey())));
        indices.addAll(names);
        return indices;
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || (Character.isSurrogate(c) && !paired)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Deep comparison of a parsed JavaScript value with the generated Java value. */
    private static void assertSameJson(Object expected, Object actual) {
        if (expected instanceof Map<?, ?> m) {
            assertTrue(actual instanceof JSObject && !(actual instanceof JSArray), "object expected");
            JSObject o = (JSObject) actual;
            List<Object> keys = o.ownPropertyKeys(realm);
            List<Map.Entry<?, ?>> entries = ownPropertyOrder(m);
            assertEquals(entries.size(), keys.size());
            for (int i = 0; i < keys.size(); i++) {
                assertEquals(entries.get(i).getKey(), Conversions.keyToDisplay(keys.get(i)));
                assertSameJson(entries.get(i).getValue(), o.get(realm, keys.get(i), o));
            }
        } else if (expected instanceof List<?> l) {
            assertTrue(actual instanceof JSArray);
            JSArray a = (JSArray) actual;
            assertEquals(l.size(), a.length());
            for (int i = 0; i < l.size(); i++) {
                assertSameJson(l.get(i), a.get(realm, i, a));
            }
        } else if (expected instanceof Double || expected instanceof Integer) {
            // JSON has no -0: stringify writes 0
            assertTrue(Equality.sameValueZero(toJs(expected), actual), expected + " vs " + actual);
        } else {
            assertEquals(expected, actual);
        }
    }

    private static Object stringify(Object value, Object space) {
        return JsonBuiltins.stringify(realm, Undefined.INSTANCE, new Object[] {value, Undefined.INSTANCE, space});
    }

    private static Object parse(Object text) {
        return JsonBuiltins.parse(realm, Undefined.INSTANCE, new Object[] {text});
    }

    @Property(tries = 250)
    void stringifyMatchesAnIndependentSerializer(@ForAll("jsonValues") Object v) {
        StringBuilder expected = new StringBuilder();
        expectedText(v, expected);
        assertEquals(expected.toString(), stringify(toJs(v), Undefined.INSTANCE));
    }

    @Property(tries = 250)
    void parseOfStringifyRoundTrips(@ForAll("jsonValues") Object v) {
        Object text = stringify(toJs(v), Undefined.INSTANCE);
        assertSameJson(v, parse(text));
        assertEquals(text, stringify(parse(text), Undefined.INSTANCE));
    }

    /** JSON number texts: integer digits, maybe a fraction and an exponent, of every length around the fast paths. */
    @Provide
    Arbitrary<String> numberTexts() {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(25);
        Arbitrary<String> integer = Arbitraries.oneOf(Arbitraries.just("0"),
            Arbitraries.strings().withCharRange('1', '9').ofLength(1).flatMap(first -> digits.map(rest -> first + rest)),
            Arbitraries.strings().withCharRange('1', '9').ofLength(1));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""), digits.map(d -> "." + d));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
            Arbitraries.integers().between(-30, 30).map(e -> "e" + e),
            Arbitraries.integers().between(-400, 400).map(e -> "E+" + e).map(e -> e.replace("+-", "-")));
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> shortest = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)
            .map(d -> Conversions.numberToString(Conversions.number(d)).replace("e+", "e"));
        return Arbitraries.oneOf(
            net.jqwik.api.Combinators.combine(sign, integer, fraction, exponent).as((a, b, c, d) -> a + b + c + d), shortest);
    }

    @Property(tries = 3000)
    void numbersParseToTheNearestDouble(@ForAll("numberTexts") String text) {
        Object expected = Conversions.number(Double.parseDouble(text));
        Object actual = parse(text);
        assertTrue(Equality.sameValue(expected, actual) && expected.getClass() == actual.getClass(), text + ": " + expected + " vs " + actual);
    }

    @Property(tries = 100)
    void indentationDoesNotChangeTheValue(@ForAll("jsonValues") Object v) {
        Object indented = stringify(toJs(v), "\t ");
        assertSameJson(v, parse(indented));
        assertEquals(stringify(toJs(v), Undefined.INSTANCE), stringify(parse(indented), Undefined.INSTANCE));
    }
}
