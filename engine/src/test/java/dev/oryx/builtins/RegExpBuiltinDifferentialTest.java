package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;

/**
 * The whole built-in path (literal creation, @@replace with a global regexp, RegExpExec,
 * lastIndex stepping over empty matches, capture conversion) against {@code java.util.regex}'s
 * find loop, on a sub-language where the two agree: literals, classes, {@code .}, alternation,
 * greedy and lazy quantifiers over non-nullable bodies, anchors, and capture groups outside
 * repetition. The engine package has its own differential tests of the matcher; this one checks
 * what the built-in adds around it. Plus two laws of replace and split.
 */
class RegExpBuiltinDifferentialTest {
    private static final String ALPHABET = "abc1";
    private static final JSContext CONTEXT = new JSRuntime().newContext();

    record Case(String pattern, List<String> inputs) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue((Random random) -> {
            String pattern = new PatternGenerator(random).alternation(0, false);
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                inputs.add(randomString(random, 9));
            }
            return new Case(pattern, inputs);
        });
    }

    private static String randomString(Random random, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Random patterns of the sub-language; capture groups never inside a quantified atom. */
    private static final class PatternGenerator {
        private final Random random;

        PatternGenerator(Random random) {
            this.random = random;
        }

        String alternation(int depth, boolean inRepeat) {
            int n = 1 + random.nextInt(depth == 0 ? 3 : 2);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append('|');
                }
                sb.append(sequence(depth, inRepeat));
            }
            return sb.toString();
        }

        private String sequence(int depth, boolean inRepeat) {
            int n = 1 + random.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(term(depth, inRepeat));
            }
            return sb.toString();
        }

        private String term(int depth, boolean inRepeat) {
            int kind = random.nextInt(10);
            if (kind == 0 && !inRepeat) {
                return random.nextBoolean() ? "^" : "$";
            }
            if (kind == 1 && depth < 2 && !inRepeat) {
                // A capture group, never quantified.
                return "(" + alternation(depth + 1, false) + ")";
            }
            if (kind == 2 && depth < 2) {
                // A quantified group whose body cannot match empty.
                return "(?:" + nonNullable(depth + 1) + ")" + quantifier();
            }
            String atom = simpleAtom();
            return random.nextInt(3) == 0 ? atom + quantifier() : atom;
        }

        private String nonNullable(int depth) {
            int n = 1 + random.nextInt(2);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append('|');
                }
                sb.append(simpleAtom());
                if (random.nextBoolean()) {
                    sb.append(random.nextBoolean() ? "+" : simpleAtom());
                }
            }
            return sb.toString();
        }

        private String simpleAtom() {
            return switch (random.nextInt(9)) {
                case 0 -> "[ab]";
                case 1 -> "[^b]";
                case 2 -> "[a-c1]";
                case 3 -> "\\d";
                case 4 -> "\\w";
                case 5 -> ".";
                default -> String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            };
        }

        private String quantifier() {
            String q = switch (random.nextInt(6)) {
                case 0 -> "*";
                case 1 -> "+";
                case 2 -> "?";
                case 3 -> "{0,2}";
                case 4 -> "{1,3}";
                default -> "{2}";
            };
            return random.nextBoolean() ? q + "?" : q;
        }
    }

    /** Every match of a global replace as "index:match,capture1,..." with ~ for undefined. */
    private static final String REPLACE_LOG = """
        (function (re, inputs) {
          return inputs.map(function (input) {
            var out = [];
            input.replace(re, function () {
              var a = Array.prototype.slice.call(arguments);
              var parts = a.slice(0, a.length - 2).map(function (x) { return x === undefined ? '~' : x; });
              out.push(a[a.length - 2] + ':' + parts.join(','));
              return '';
            });
            return out.join(' ');
          }).join('\\n');
        })""";

    @Property(tries = 300)
    void globalReplaceSeesTheMatchesOfJavaUtilRegex(@ForAll("cases") Case c) {
        StringBuilder inputs = new StringBuilder("[");
        for (String input : c.inputs()) {
            inputs.append('\'').append(input).append("',");
        }
        inputs.append(']');
        Object actual = CONTEXT.evalRaw(REPLACE_LOG + "(/" + c.pattern() + "/g, " + inputs + ")", "t.js");
        List<String> expected = new ArrayList<>();
        Pattern java = Pattern.compile(c.pattern());
        for (String input : c.inputs()) {
            List<String> matches = new ArrayList<>();
            Matcher m = java.matcher(input);
            while (m.find()) {
                StringBuilder sb = new StringBuilder().append(m.start()).append(':');
                for (int g = 0; g <= m.groupCount(); g++) {
                    if (g > 0) {
                        sb.append(',');
                    }
                    sb.append(m.group(g) == null ? "~" : m.group(g));
                }
                matches.add(sb.toString());
            }
            expected.add(String.join(" ", matches));
        }
        assertEquals(String.join("\n", expected), actual, "/" + c.pattern() + "/g on " + c.inputs());
    }

    @Property(tries = 200)
    void replacingEveryMatchWithItselfIsTheIdentity(@ForAll("cases") Case c) {
        for (String input : c.inputs()) {
            Object actual = CONTEXT.evalRaw("'" + input + "'.replace(/" + c.pattern() + "/g, '$&')", "t.js");
            assertEquals(input, actual, "/" + c.pattern() + "/g on " + input);
        }
    }

    /** A subclass as species constructor forces the spec's per-position loop; %RegExp% takes the scanning path. */
    private static final String SPLIT_BOTH_WAYS = """
        (function (re, inputs) {
          class Sub extends RegExp {}
          var sub = new Sub(re.source, re.flags);
          return inputs.map(function (input) {
            var show = function (a) { return a.map(function (x) { return x === undefined ? '~' : x; }).join('|'); };
            var limit = input.length % 3 === 0 ? undefined : input.length % 3;
            return [show(input.split(re, limit)), show(input.split(sub, limit))];
          });
        })""";

    @Property(tries = 200)
    void splitWithoutObserversAgreesWithTheSpecLoop(@ForAll("cases") Case c) {
        for (String flags : new String[] {"", "u"}) {
            StringBuilder inputs = new StringBuilder("[");
            for (String input : c.inputs()) {
                inputs.append('\'').append(input).append("',");
            }
            inputs.append(']');
            Object result = CONTEXT.evalRaw(SPLIT_BOTH_WAYS + "(/" + c.pattern() + "/" + flags + ", " + inputs + ")"
                + ".map(function (pair) { return pair[0] === pair[1] ? 'same' : pair.join(' vs '); }).join()", "t.js");
            assertEquals(String.join(",", java.util.Collections.nCopies(c.inputs().size(), "same")), result,
                "/" + c.pattern() + "/" + flags + " on " + c.inputs());
        }
    }

    @Property(tries = 200)
    void splitThenJoinWithALiteralSeparatorIsTheIdentity(@ForAll("cases") Case c) {
        for (String input : c.inputs()) {
            String separator = input.isEmpty() ? "a" : input.substring(0, 1);
            Object viaRegExp = CONTEXT.evalRaw("'" + input + "'.split(/" + separator + "/).join('" + separator + "')", "t.js");
            Object viaString = CONTEXT.evalRaw("'" + input + "'.split('" + separator + "').join('" + separator + "')", "t.js");
            assertEquals(input, viaRegExp, input);
            assertEquals(input, viaString, input);
        }
    }
}
