package dev.oryx.string;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.oryx.runtime.Operators;

/**
 * The law of ropes: whatever order values are concatenated, extended from older versions,
 * appended to themselves and flattened in, each one reads as the Java concatenation of its
 * pieces. Nodes are shared between values (a DAG), and flattening one drops its halves, so this
 * drives flattening a value that other, unflattened values still contain.
 */
class ConsStringPropertyTest {
    /** One step: which earlier values to combine, how, and the piece to add. */
    record Step(int kind, int from, int other, String piece, boolean flattenFirst) {
    }

    @Provide
    Arbitrary<List<Step>> programs() {
        // short pieces, pieces around and beyond the rope threshold, some not Latin-1
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(40);
        Arbitrary<String> wide = Arbitraries.strings().withCharRange('\u00f0', '\u0110').ofMaxLength(8);
        Arbitrary<String> longer = Arbitraries.integers().between(200, 1500).map(n -> "q".repeat(n));
        Arbitrary<String> piece = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, latin), net.jqwik.api.Tuple.of(2, wide), net.jqwik.api.Tuple.of(1, longer));
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000), piece, Arbitraries.integers().between(0, 9).map(n -> n == 0))
            .as(Step::new);
        return step.list().ofMaxSize(120);
    }

    @Property(tries = 300)
    void everyValueReadsAsTheConcatenationOfItsPieces(@ForAll("programs") List<Step> program) {
        List<CharSequence> values = new ArrayList<>();
        List<String> model = new ArrayList<>();
        values.add("start".repeat(60)); // 300 code units: at the default threshold, appends make ropes
        model.add("start".repeat(60));
        for (Step s : program) {
            int i = s.from() % values.size();
            if (s.flattenFirst()) {
                ConsString.flatIfRope(values.get(i));
            }
            CharSequence v = values.get(i);
            String m = model.get(i);
            Object r;
            String expected;
            switch (s.kind()) {
                case 0 -> { // v + piece
                    r = Operators.concat(null, v, s.piece());
                    expected = m + s.piece();
                }
                case 1 -> { // piece + v
                    r = Operators.concat(null, s.piece(), v);
                    expected = s.piece() + m;
                }
                case 2 -> { // v + v: both halves the same node
                    r = Operators.concat(null, v, v);
                    expected = m + m;
                }
                default -> { // v + an earlier value
                    int j = s.other() % values.size();
                    r = Operators.concat(null, v, values.get(j));
                    expected = m + model.get(j);
                }
            }
            if (expected.length() > 200_000) {
                continue; // keeps doubling programs small
            }
            values.add((CharSequence) r);
            model.add(expected);
        }
        for (int i = 0; i < values.size(); i++) {
            assertEquals(model.get(i).length(), values.get(i).length(), "length of value " + i);
            assertEquals(model.get(i), ConsString.flat(values.get(i)), "text of value " + i);
        }
    }
}
