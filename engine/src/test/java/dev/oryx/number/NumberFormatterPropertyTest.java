package dev.oryx.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class NumberFormatterPropertyTest {

    /** Raw bit patterns, values below 1e21 of every size, and decimals with few places (where ties live). */
    @Provide
    static Arbitrary<Double> doubles() {
        Arbitrary<Double> bits = Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> !Double.isNaN(d));
        Arbitrary<Double> belowLimit = Arbitraries.integers().between(-30, 21)
                .flatMap(e -> Arbitraries.doubles().between(0, 10).ofScale(17).map(d -> d * Math.pow(10, e)));
        Arbitrary<Double> fewPlaces = Arbitraries.longs().between(0, 10_000_000)
                .flatMap(n -> Arbitraries.integers().between(0, 6).map(p -> n / Math.pow(10, p)));
        Arbitrary<Double> halves = Arbitraries.longs().between(0, 1L << 40).map(n -> n + 0.5);
        Arbitrary<Double> any = Arbitraries.frequencyOf(
                Tuple.of(2, bits), Tuple.of(3, belowLimit),
                Tuple.of(3, fewPlaces), Tuple.of(1, halves));
        return Arbitraries.oneOf(any, any.map(d -> -d));
    }

    @Property(tries = 3000)
    void toFixedIsTheClosestNWithTiesUp(@ForAll("doubles") double x, @ForAll @IntRange(min = 0, max = 100) int f) {
        assertEquals(Oracle.toFixed(x, f), NumberFormatter.toFixed(x, f), () -> "x=" + x + " f=" + f);
    }

    /** The same with few fraction digits, where the exact 128-bit fast path answers. */
    @Property(tries = 3000)
    void toFixedFastPathIsExact(@ForAll("doubles") double x, @ForAll @IntRange(min = 0, max = 27) int f) {
        assertEquals(Oracle.toFixed(x, f), NumberFormatter.toFixed(x, f), () -> "x=" + x + " f=" + f);
    }

    @Property(tries = 2000)
    void toExponentialIsTheClosestNWithTiesUp(@ForAll("doubles") double x, @ForAll @IntRange(min = 0, max = 100) int f) {
        assertEquals(Oracle.toExponential(x, f), NumberFormatter.toExponential(x, f), () -> "x=" + x + " f=" + f);
    }

    @Property(tries = 2000)
    void toExponentialWithoutDigitsUsesTheShortestDigits(@ForAll("doubles") double x) {
        assertEquals(Oracle.toExponential(x, -1), NumberFormatter.toExponential(x, -1), () -> "x=" + x);
    }

    @Property(tries = 2000)
    void toPrecisionIsTheClosestNWithTiesUp(@ForAll("doubles") double x, @ForAll @IntRange(min = 1, max = 100) int p) {
        assertEquals(Oracle.toPrecision(x, p), NumberFormatter.toPrecision(x, p), () -> "x=" + x + " p=" + p);
    }

    @Property(tries = 2000)
    void toPrecisionWithFewDigits(@ForAll("doubles") double x, @ForAll @IntRange(min = 1, max = 21) int p) {
        assertEquals(Oracle.toPrecision(x, p), NumberFormatter.toPrecision(x, p), () -> "x=" + x + " p=" + p);
    }
}
