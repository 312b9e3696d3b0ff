package dev.oryx.regexp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A test oracle: the continuation-passing matcher of ECMA-262 22.2.2 written out literally over
 * a tiny pattern AST (no optimisations, exponential backtracking on the Java stack). Only for
 * short patterns and inputs over ASCII letters, without the unicode flag. Also generates random
 * patterns of that language and renders them as pattern source.
 */
final class ReferenceMatcher {

    static final int INFINITY = Integer.MAX_VALUE;

    sealed interface Node {
    }

    record Lit(char c) implements Node {
    }

    record Cls(String chars, boolean negated) implements Node {
    }

    record Dot() implements Node {
    }

    record Seq(List<Node> terms) implements Node {
    }

    record Alt(List<Node> alternatives) implements Node {
    }

    record Grp(int index, Node body) implements Node {
    }

    /** A non-capturing group, only to force the parentheses when rendering. */
    record NonCapturing(Node body) implements Node {
    }

    record Rep(Node body, int min, int max, boolean greedy, int firstGroup, int endGroup)
            implements Node {
    }

    record BackRef(int index) implements Node {
    }

    record Look(Node body, boolean ahead, boolean negated) implements Node {
    }

    enum Anchor { START, END, BOUNDARY, NOT_BOUNDARY }

    record Assert(Anchor kind) implements Node {
    }

    private record State(int pos, int[] caps) {
    }

    private interface Continuation {
        State apply(State s);
    }

    private final String input;
    private final boolean ignoreCase;

    private ReferenceMatcher(String input, boolean ignoreCase) {
        this.input = input;
        this.ignoreCase = ignoreCase;
    }

    /** The spec's search loop: the capture array of the first match, or null. */
    static int[] search(Node root, int groupCount, String input, boolean ignoreCase) {
        ReferenceMatcher rm = new ReferenceMatcher(input, ignoreCase);
        for (int start = 0; start <= input.length(); start++) {
            int[] caps = new int[2 * (groupCount + 1)];
            java.util.Arrays.fill(caps, -1);
            State r = rm.match(root, new State(start, caps), s -> s, true);
            if (r != null) {
                int[] result = r.caps().clone();
                result[0] = start;
                result[1] = r.pos();
                return result;
            }
        }
        return null;
    }

    private char canonicalize(char c) {
        return ignoreCase ? Character.toUpperCase(c) : c;
    }

    private boolean isWordChar(int e) {
        return e >= 0 && e < input.length() && CharacterSets.isBasicWordChar(input.charAt(e));
    }

    private State match(Node node, State x, Continuation c, boolean forward) {
        int n = input.length();
        switch (node) {
            case Lit l -> {
                return character(x, c, forward, ch -> canonicalize(ch) == canonicalize(l.c()));
            }
            case Cls k -> {
                return character(x, c, forward, ch -> {
                    boolean found = false;
                    for (char a : k.chars().toCharArray()) {
                        found |= canonicalize(a) == canonicalize(ch);
                    }
                    return found != k.negated();
                });
            }
            case Dot d -> {
                return character(x, c, forward, ch -> !CharacterSets.isLineTerminator(ch));
            }
            case Seq s -> {
                return sequence(s.terms(), forward ? 0 : s.terms().size() - 1, x, c, forward);
            }
            case Alt a -> {
                for (Node alternative : a.alternatives()) {
                    State r = match(alternative, x, c, forward);
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            }
            case NonCapturing g -> {
                return match(g.body(), x, c, forward);
            }
            case Grp g -> {
                return match(g.body(), x, y -> {
                    int[] caps = y.caps().clone();
                    caps[2 * g.index()] = forward ? x.pos() : y.pos();
                    caps[2 * g.index() + 1] = forward ? y.pos() : x.pos();
                    return c.apply(new State(y.pos(), caps));
                }, forward);
            }
            case Rep r -> {
                return repeat(r.body(), r.min(), r.max(), r.greedy(), x, c, r.firstGroup(),
                    r.endGroup(), forward);
            }
            case BackRef b -> {
                int s = x.caps()[2 * b.index()];
                int e = x.caps()[2 * b.index() + 1];
                if (s < 0 || e < 0) {
                    return c.apply(x);
                }
                int len = e - s;
                int from = forward ? x.pos() : x.pos() - len;
                if (from < 0 || from + len > n) {
                    return null;
                }
                for (int i = 0; i < len; i++) {
                    if (canonicalize(input.charAt(s + i)) != canonicalize(input.charAt(from + i))) {
                        return null;
                    }
                }
                return c.apply(new State(forward ? x.pos() + len : from, x.caps()));
            }
            case Look l -> {
                State r = match(l.body(), x, y -> y, l.ahead());
                if (l.negated()) {
                    return r == null ? c.apply(x) : null;
                }
                return r == null ? null : c.apply(new State(x.pos(), r.caps()));
            }
            case Assert a -> {
                boolean ok = switch (a.kind()) {
                    case START -> x.pos() == 0;
                    case END -> x.pos() == n;
                    case BOUNDARY -> isWordChar(x.pos() - 1) != isWordChar(x.pos());
                    case NOT_BOUNDARY -> isWordChar(x.pos() - 1) == isWordChar(x.pos());
                };
                return ok ? c.apply(x) : null;
            }
        }
    }

    private interface CharTest {
        boolean test(char c);
    }

    private State character(State x, Continuation c, boolean forward, CharTest test) {
        int index = forward ? x.pos() : x.pos() - 1;
        if (index < 0 || index >= input.length() || !test.test(input.charAt(index))) {
            return null;
        }
        return c.apply(new State(forward ? x.pos() + 1 : x.pos() - 1, x.caps()));
    }

    private State sequence(List<Node> terms, int i, State x, Continuation c, boolean forward) {
        if (i < 0 || i >= terms.size()) {
            return c.apply(x);
        }
        return match(terms.get(i), x, y -> sequence(terms, forward ? i + 1 : i - 1, y, c, forward),
            forward);
    }

    /** 22.2.2.3.1 RepeatMatcher. */
    private State repeat(Node body, int min, int max, boolean greedy, State x, Continuation c,
            int firstGroup, int endGroup, boolean forward) {
        if (max == 0) {
            return c.apply(x);
        }
        Continuation d = y -> {
            if (min == 0 && y.pos() == x.pos()) {
                return null;
            }
            int min2 = min == 0 ? 0 : min - 1;
            int max2 = max == INFINITY ? INFINITY : max - 1;
            return repeat(body, min2, max2, greedy, y, c, firstGroup, endGroup, forward);
        };
        int[] cap = x.caps().clone();
        for (int k = firstGroup; k < endGroup; k++) {
            cap[2 * k] = -1;
            cap[2 * k + 1] = -1;
        }
        State xr = new State(x.pos(), cap);
        if (min != 0) {
            return match(body, xr, d, forward);
        }
        if (!greedy) {
            State z = c.apply(x);
            return z != null ? z : match(body, xr, d, forward);
        }
        State z = match(body, xr, d, forward);
        return z != null ? z : c.apply(x);
    }

    // ---- rendering ----

    static String render(Node node) {
        return switch (node) {
            case Lit l -> String.valueOf(l.c());
            case Cls k -> "[" + (k.negated() ? "^" : "") + k.chars() + "]";
            case Dot d -> ".";
            case Seq s -> {
                StringBuilder sb = new StringBuilder();
                for (Node t : s.terms()) {
                    sb.append(t instanceof Alt ? "(?:" + render(t) + ")" : render(t));
                }
                yield sb.toString();
            }
            case Alt a -> String.join("|", a.alternatives().stream().map(ReferenceMatcher::render)
                .toList());
            case Grp g -> "(" + render(g.body()) + ")";
            case NonCapturing g -> "(?:" + render(g.body()) + ")";
            case Rep r -> {
                String body = render(r.body());
                boolean atom = r.body() instanceof Lit || r.body() instanceof Cls
                    || r.body() instanceof Dot || r.body() instanceof Grp
                    || r.body() instanceof NonCapturing || r.body() instanceof Look;
                String q = r.min() == 0 && r.max() == INFINITY ? "*"
                    : r.min() == 1 && r.max() == INFINITY ? "+"
                    : r.min() == 0 && r.max() == 1 ? "?"
                    : r.max() == INFINITY ? "{" + r.min() + ",}"
                    : r.min() == r.max() ? "{" + r.min() + "}" : "{" + r.min() + "," + r.max() + "}";
                yield (atom ? body : "(?:" + body + ")") + q + (r.greedy() ? "" : "?");
            }
            // (?:) keeps a following literal from extending the number.
            case BackRef b -> "\\" + b.index() + "(?:)";
            case Look l -> "(?" + (l.ahead() ? "" : "<") + (l.negated() ? "!" : "=") + render(l.body())
                + ")";
            case Assert a -> switch (a.kind()) {
                case START -> "^";
                case END -> "$";
                case BOUNDARY -> "\\b";
                case NOT_BOUNDARY -> "\\B";
            };
        };
    }

    // ---- generation ----

    /** Builds random patterns; {@code full} enables captures in loops, backreferences, lookarounds. */
    static final class Generator {
        private final Random random;
        private final boolean full;
        private final String alphabet;
        int groups;

        Generator(Random random, boolean full, String alphabet) {
            this.random = random;
            this.full = full;
            this.alphabet = alphabet;
        }

        Node alternation(int depth) {
            int n = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
            List<Node> alternatives = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                alternatives.add(sequence(depth));
            }
            return n == 1 ? alternatives.get(0) : new Alt(alternatives);
        }

        private Node sequence(int depth) {
            int n = 1 + random.nextInt(3);
            List<Node> terms = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                terms.add(term(depth));
            }
            return n == 1 ? terms.get(0) : new Seq(terms);
        }

        private char letter() {
            return alphabet.charAt(random.nextInt(alphabet.length()));
        }

        private Node term(int depth) {
            int groupsBefore = groups;
            int kind = random.nextInt(depth > 0 ? 12 : 7);
            Node atom = switch (kind) {
                case 0, 1, 2 -> new Lit(letter());
                case 3 -> new Cls("" + letter() + letter(), random.nextBoolean());
                case 4 -> new Dot();
                case 5 -> new Assert(Anchor.values()[random.nextInt(full ? 4 : 2)]);
                case 6 -> full && groups > 0 ? new BackRef(1 + random.nextInt(groups)) : new Lit(letter());
                case 7, 8 -> {
                    int index = ++groups;
                    yield new Grp(index, alternation(depth - 1));
                }
                case 9 -> new NonCapturing(alternation(depth - 1));
                default -> full
                    ? new Look(alternation(depth - 1), random.nextBoolean(), random.nextBoolean())
                    : new NonCapturing(alternation(depth - 1));
            };
            if (atom instanceof Assert || (atom instanceof Look l && !l.ahead())) {
                return atom;
            }
            if (random.nextInt(10) < 4 && (full || !nullable(atom))) {
                return quantify(atom, groupsBefore);
            }
            return atom;
        }

        /** Without {@code full}, a loop holds no capture group (java.util.regex differs there). */
        private Node quantify(Node atom, int groupsBefore) {
            if (!full && groups > groupsBefore) {
                return atom;
            }
            int min;
            int max;
            switch (random.nextInt(5)) {
                case 0 -> { min = 0; max = INFINITY; }
                case 1 -> { min = 1; max = INFINITY; }
                case 2 -> { min = 0; max = 1; }
                case 3 -> { min = random.nextInt(3); max = min + random.nextInt(3); }
                default -> { min = random.nextInt(3); max = INFINITY; }
            }
            return new Rep(atom, min, max, random.nextInt(3) > 0, groupsBefore + 1, groups + 1);
        }

        static boolean nullable(Node node) {
            return switch (node) {
                case Lit l -> false;
                case Cls k -> false;
                case Dot d -> false;
                case Seq s -> s.terms().stream().allMatch(Generator::nullable);
                case Alt a -> a.alternatives().stream().anyMatch(Generator::nullable);
                case Grp g -> nullable(g.body());
                case NonCapturing g -> nullable(g.body());
                case Rep r -> r.min() == 0 || nullable(r.body());
                default -> true;
            };
        }
    }
}
