package dev.oryx.regexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Differential checks of the engine: against {@code java.util.regex} on a sub-language where the
 * two agree (no captures inside repetition, no nullable loop bodies, no line terminators), and
 * against {@link ReferenceMatcher}, the spec's semantics written out literally, on a richer one
 * (captures in loops, backreferences, lookarounds, empty iterations, ignoreCase).
 */
class RegExpDifferentialTest {

    record Case(String pattern, String flags, ReferenceMatcher.Node root, int groups,
            String[] inputs) {
        @Override
        public String toString() {
            return "/" + pattern + "/" + flags + " on " + Arrays.toString(inputs);
        }
    }

    private static Arbitrary<Case> cases(boolean full, String alphabet) {
        return Arbitraries.randomValue((Random random) -> {
            ReferenceMatcher.Generator g = new ReferenceMatcher.Generator(random, full, alphabet);
            ReferenceMatcher.Node root = g.alternation(2 + random.nextInt(2));
            String[] inputs = new String[8];
            for (int i = 0; i < inputs.length; i++) {
                StringBuilder sb = new StringBuilder();
                int length = random.nextInt(full ? 7 : 10);
                for (int k = 0; k < length; k++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                inputs[i] = sb.toString();
            }
            String flags = random.nextInt(4) == 0 ? "i" : "";
            return new Case(ReferenceMatcher.render(root), flags, root, g.groups, inputs);
        });
    }

    @Provide
    Arbitrary<Case> javaCompatible() {
        return cases(false, "abcA");
    }

    @Provide
    Arbitrary<Case> fullLanguage() {
        return cases(true, "abA");
    }

    @Property(tries = 600)
    void agreesWithJavaUtilRegex(@ForAll("javaCompatible") Case c) {
        RegExpProgram program = RegExpProgram.compile(c.pattern(), c.flags());
        Pattern java = Pattern.compile(c.pattern(), c.flags().isEmpty() ? 0 : Pattern.CASE_INSENSITIVE);
        for (String input : c.inputs()) {
            Matcher m = java.matcher(input);
            int[] expected = null;
            if (m.find()) {
                expected = new int[2 * (m.groupCount() + 1)];
                for (int g = 0; g <= m.groupCount(); g++) {
                    expected[2 * g] = m.start(g);
                    expected[2 * g + 1] = m.end(g);
                }
            }
            int[] actual = RegExpMatcher.search(program, input, 0, null);
            assertArrayEquals(expected, actual, c.pattern() + " on \"" + input + "\"");
        }
    }

    @Property(tries = 600)
    void agreesWithTheReferenceMatcher(@ForAll("fullLanguage") Case c) {
        RegExpProgram program = RegExpProgram.compile(c.pattern(), c.flags());
        for (String input : c.inputs()) {
            int[] expected = ReferenceMatcher.search(c.root(), c.groups(), input,
                c.flags().contains("i"));
            int[] actual = RegExpMatcher.search(program, input, 0, null);
            assertArrayEquals(expected, actual, c.pattern() + "/" + c.flags() + " on \"" + input + "\"");
        }
    }

    @Property(tries = 200)
    void stickyMatchAtAgreesWithSearchAtTheSameIndex(@ForAll("fullLanguage") Case c) {
        RegExpProgram program = RegExpProgram.compile(c.pattern(), c.flags());
        for (String input : c.inputs()) {
            int[] found = RegExpMatcher.search(program, input, 0, null);
            if (found != null) {
                assertArrayEquals(found, RegExpMatcher.matchAt(program, input, found[0], null));
            }
        }
    }
}
