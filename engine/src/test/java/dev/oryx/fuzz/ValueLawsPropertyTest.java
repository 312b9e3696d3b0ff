package dev.oryx.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;

/**
 * Laws on generated values, checked through the whole engine (source text in, printed text out),
 * not on the Java functions that implement them:
 * <ul>
 * <li>{@code Number(String(x))} is x for every double, with {@code Object.is} as the equality, so
 *     that NaN reads back as NaN and the infinities as themselves, except -0: Number::toString
 *     prints -0 as "0" (ECMA-262 6.1.6.1.20, step 2), so -0 reads back as +0 and the law for it is
 *     {@code ===} (checked as: the result is +0). The doubles are built from their bits in a
 *     Float64Array, so that the engine's own decimal parsing does not produce x. The same law
 *     holds for {@code x.toPrecision(17)} and {@code x.toExponential(16)} (17 significant digits
 *     identify every double) and for {@code parseFloat};</li>
 * <li>{@code Array.prototype.sort} with a random consistent comparator (23.1.3.30: lexicographic
 *     over several keys, ascending or descending, returning any number, -0, a numeric string,
 *     undefined or null for "equal") puts the elements in the order of a stable reference sort, with
 *     undefined elements after them and holes last, for arrays of up to 300 elements.</li>
 * </ul>
 */
@AddLifecycleHook(FuzzProfile.class)
class ValueLawsPropertyTest {
    private static final JSRuntime RUNTIME = new JSRuntime();
    private static final JSContext CX = RUNTIME.newContext();

    @AfterContainer
    static void close() {
        CX.close();
        RUNTIME.close();
        Tally.print("ValueLaws");
    }

    // ---- Number(String(x)) ----

    /** Every kind of double, NaN and the infinities included, as raw bits. */
    @Provide
    Arbitrary<Long> doubleBits() {
        Arbitrary<Long> any = Arbitraries.longs();
        Arbitrary<Long> subnormal = Arbitraries.longs().between(1, (1L << 52) - 1);
        Arbitrary<Long> integral = Arbitraries.longs().between(-(1L << 54), 1L << 54).map(l -> Double.doubleToRawLongBits(l));
        Arbitrary<Long> powerOfTwo = Arbitraries.integers().between(-1074, 1023).map(e -> Double.doubleToRawLongBits(Math.scalb(1.0, e)));
        Arbitrary<Long> shortDecimal = Combinators.combine(Arbitraries.integers().between(1, 99_999), Arbitraries.integers().between(-330, 310))
            .as((m, e) -> Double.doubleToRawLongBits(Double.parseDouble(m + "e" + e)));
        Arbitrary<Long> special = Arbitraries.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 9007199254740991.0, 9007199254740993.0, 1e21, 1e-7, 0.1, 1 / 3.0)
            .map(Double::doubleToRawLongBits);
        Arbitrary<Long> nanPayload = Arbitraries.longs().between(1, (1L << 52) - 1).map(m -> 0x7ff0000000000000L | m);
        Arbitrary<Long> one = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(2, subnormal), net.jqwik.api.Tuple.of(2, integral),
            net.jqwik.api.Tuple.of(1, powerOfTwo), net.jqwik.api.Tuple.of(3, shortDecimal), net.jqwik.api.Tuple.of(2, special),
            net.jqwik.api.Tuple.of(1, nanPayload));
        return Arbitraries.oneOf(one, one.map(bits -> bits ^ Long.MIN_VALUE));
    }

    @Provide
    Arbitrary<List<Long>> doubleBatches() {
        return doubleBits().list().ofMinSize(1).ofMaxSize(64);
    }

    /** One script per batch: a fresh realm per double would cost far more than the law. */
    @Property(tries = 60, seed = "1718190040731563342", edgeCases = EdgeCasesMode.MIXIN)
    void numberOfStringIsTheSameDouble(@ForAll("doubleBatches") List<Long> batch) {
        StringBuilder bits = new StringBuilder();
        for (long b : batch) {
            bits.append(bits.isEmpty() ? "" : ",").append("0x").append(Long.toHexString(b)).append('n');
        }
        String source = "var xs = new Float64Array(new BigUint64Array([" + bits + "]).buffer);\n"
            + "var bad = [];\n"
            + "for (var i = 0; i < xs.length; i++) {\n"
            + "  var x = xs[i];\n"
            + "  var back = [Number(String(x)), +('' + x), Number(x.toString()), Number(`${x}`), parseFloat(String(x)),\n"
            + "              Number(x.toPrecision(17)), Number(x.toExponential(16))];\n"
            + "  var want = Object.is(x, -0) ? 0 : x;\n"
            + "  for (var k = 0; k < back.length; k++) {\n"
            + "    if (!Object.is(back[k], want)) bad.push(i + ':' + k + ':' + String(x) + '->' + String(back[k]));\n"
            + "  }\n"
            + "  if (Object.is(x, -0) && !(Number(String(x)) === x)) bad.push(i + ': -0 is not === its reading');\n"
            + "}\n"
            + "bad.join(' | ')";
        Tally.count("ValueLaws.numberOfString", "batches", 1);
        Tally.count("ValueLaws.numberOfString", "doubles", batch.size());
        assertEquals("", CX.evalRaw(source, "number-law.js"), () -> "doubles " + describe(batch));
    }

    private static String describe(List<Long> batch) {
        StringBuilder sb = new StringBuilder();
        for (long b : batch) {
            sb.append(Double.longBitsToDouble(b)).append(" (0x").append(Long.toHexString(b)).append(") ");
        }
        return sb.toString();
    }

    // ---- sort ----

    /** One key of a lexicographic comparator: which field, which direction, what "less" returns. */
    record Key(int field, boolean descending, String magnitude) {
    }

    /**
     * A consistent comparator: keys compared in turn, the first difference decides, with a
     * positive {@code magnitude} times the sign; {@code equal} is what it returns for no difference.
     */
    record Comparison(List<Key> keys, String equal) {
        String source() {
            StringBuilder sb = new StringBuilder("function (a, b) {\n");
            for (Key k : keys) {
                String f = "f" + k.field;
                String sign = k.descending ? "-" : "";
                String m = k.magnitude;
                if (m.equals("difference") && k.field == 0) {
                    // the difference of two small ints: its sign is the order
                    sb.append("  if (a.f0 !== b.f0) return ").append(k.descending ? "b.f0 - a.f0" : "a.f0 - b.f0").append(";\n");
                } else if (m.equals("string")) {
                    sb.append("  if (a.").append(f).append(" !== b.").append(f).append(") return String(")
                        .append(sign).append("(a.").append(f).append(" < b.").append(f).append(" ? -1 : 1));\n");
                } else {
                    String mag = m.equals("difference") ? "1" : m;
                    sb.append("  if (a.").append(f).append(" !== b.").append(f).append(") return ").append(sign)
                        .append("(a.").append(f).append(" < b.").append(f).append(" ? -").append(mag).append(" : ").append(mag).append(");\n");
                }
            }
            return sb.append("  return ").append(equal).append(";\n}").toString();
        }

        Comparator<Item> reference() {
            Comparator<Item> c = (a, b) -> 0;
            for (Key k : keys) {
                Comparator<Item> one = switch (k.field) {
                    case 0 -> Comparator.comparingInt(Item::f0);
                    case 1 -> Comparator.comparing(Item::f1);
                    default -> (a, b) -> a.f2 < b.f2 ? -1 : a.f2 > b.f2 ? 1 : 0;
                };
                c = c.thenComparing(k.descending ? one.reversed() : one);
            }
            return c;
        }
    }

    /** An element: {@code kind} 0 is an object with the three fields, 1 is undefined, 2 a hole. */
    record Item(int kind, int f0, String f1, double f2) {
    }

    private static final List<String> STRINGS = List.of("", "a", "b", "B", "ab", "\u00e9", "\uD83D\uDE00", "\uFFFF", "10", "9");
    private static final List<Double> DOUBLES = List.of(-0.0, 0.0, 1.5, -1.5, 1e300, -1e-300, 2.0, 0.1 + 0.2, 0.3);

    @Provide
    Arbitrary<Comparison> comparisons() {
        Arbitrary<Key> key = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false),
            Arbitraries.of("1", "0.5", "1e-300", "1e300", "Infinity", "difference", "string")).as(Key::new);
        return Combinators.combine(key.list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of("0", "-0", "'0'", "null", "undefined", "0 * a.f0", "NaN")).as(Comparison::new);
    }

    @Provide
    Arbitrary<List<Item>> items() {
        Arbitrary<Item> object = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of(STRINGS),
            Arbitraries.of(DOUBLES)).as((a, b, c) -> new Item(0, a, b, c));
        Arbitrary<Item> item = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, object),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(new Item(1, 0, "", 0))), net.jqwik.api.Tuple.of(1, Arbitraries.just(new Item(2, 0, "", 0))));
        return Arbitraries.oneOf(item.list().ofMaxSize(12), item.list().ofMinSize(13).ofMaxSize(300));
    }

    @Property(tries = 120, seed = "-4467018826127911170", edgeCases = EdgeCasesMode.MIXIN)
    void sortAgreesWithAStableReferenceSort(@ForAll("items") List<Item> items, @ForAll("comparisons") Comparison comparison) {
        StringBuilder literal = new StringBuilder("[");
        List<Integer> defined = new ArrayList<>();
        int undefined = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            switch (it.kind) {
                case 0 -> {
                    literal.append("{id:").append(i).append(",f0:").append(it.f0).append(",f1:").append(quote(it.f1))
                        .append(",f2:").append(it.f2 == 0 && 1 / it.f2 < 0 ? "-0" : Double.toString(it.f2)).append('}');
                    defined.add(i);
                }
                case 1 -> {
                    literal.append("undefined");
                    undefined++;
                }
                default -> {
                    // a hole: nothing between the commas
                }
            }
            literal.append(',');
        }
        literal.append(']');
        Comparator<Item> reference = comparison.reference();
        defined.sort((a, b) -> reference.compare(items.get(a), items.get(b)));
        StringBuilder want = new StringBuilder();
        for (int i : defined) {
            want.append(i).append(' ');
        }
        want.append("u ".repeat(undefined)).append("_ ".repeat(items.size() - defined.size() - undefined)).append('/').append(items.size());

        String source = "var a = " + literal + ";\n"
            + "var calls = 0, compare = " + comparison.source() + ";\n"
            + "var r = a.sort(function (x, y) { calls++; if (x === undefined || y === undefined) throw new Error('undefined compared'); "
            + "return compare(x, y); });\n"
            + "var s = r === a ? '' : 'not the same array ';\n"
            + "for (var i = 0; i < a.length; i++) s += !(i in a) ? '_ ' : a[i] === undefined ? 'u ' : a[i].id + ' ';\n"
            + "s + '/' + a.length";
        Tally.count("ValueLaws.sort", items.size() <= 12 ? "arrays of 0-12" : "arrays of 13-300");
        assertEquals(want.toString(), CX.evalRaw(source, "sort-law.js"), () -> "comparator " + comparison.source());
    }

    /** A string literal with every character escaped, so that any code unit survives. */
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            sb.append(String.format("\\u%04x", (int) c));
        }
        return sb.append('\'').toString();
    }
}
