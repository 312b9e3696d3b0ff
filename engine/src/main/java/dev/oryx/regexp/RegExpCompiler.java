package dev.oryx.regexp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import dev.oryx.regexp.RegExpNode.Alternation;
import dev.oryx.regexp.RegExpNode.Assertion;
import dev.oryx.regexp.RegExpNode.Backreference;
import dev.oryx.regexp.RegExpNode.Char;
import dev.oryx.regexp.RegExpNode.CharClass;
import dev.oryx.regexp.RegExpNode.Dot;
import dev.oryx.regexp.RegExpNode.Empty;
import dev.oryx.regexp.RegExpNode.Group;
import dev.oryx.regexp.RegExpNode.Lookaround;
import dev.oryx.regexp.RegExpNode.Quantified;
import dev.oryx.regexp.RegExpNode.Sequence;

/**
 * Compiles a {@link RegExpNode} tree into the {@code int[]} program of {@link RegExpOpcode}s.
 * Inside a lookbehind everything is emitted in the backward direction (22.2.2.3: terms right to
 * left, groups record their end first). Quantifiers follow RepeatMatcher (22.2.2.3.1): captures
 * reset per iteration and the empty check for optional iterations, both left out where they
 * provably cannot matter.
 */
final class RegExpCompiler {

    private final boolean unicode;
    private final boolean ignoreCase;
    private final boolean multiline;
    private final boolean dotAll;

    private int[] code = new int[64];
    private int size;
    private final List<CharClassMatcher> classes = new ArrayList<>();
    private int registerCount;

    /** What the compiler hands to {@link RegExpProgram}. */
    record Output(int[] code, CharClassMatcher[] classes, int registerCount, String literalPrefix,
            CharClassMatcher firstCharacters, boolean anchoredAtStart) {
    }

    private RegExpCompiler(RegExpFlags flags, int groupCount) {
        this.unicode = flags.unicode();
        this.ignoreCase = flags.ignoreCase();
        this.multiline = flags.multiline();
        this.dotAll = flags.dotAll();
        // Registers after the capture slots hold counters, positions and lookaround marks.
        this.registerCount = 2 * groupCount;
    }

    static Output compile(RegExpNode root, RegExpFlags flags, int groupCount) {
        RegExpCompiler c = new RegExpCompiler(flags, groupCount);
        c.emit(root, false);
        c.op(RegExpOpcode.MATCH);
        CodePointSet first = c.canBeEmpty(root) ? null : c.firstCharacters(root);
        CharClassMatcher firstMatcher = first == null || first.equals(CodePointSet.ALL) ? null
            : new CharClassMatcher(c.ignoreCase ? CaseCanonicalization.canonicalize(first, c.unicode)
                : first, false, c.ignoreCase, c.unicode);
        return new Output(Arrays.copyOf(c.code, c.size), c.classes.toArray(new CharClassMatcher[0]),
            c.registerCount, c.literalPrefix(root), firstMatcher, anchoredAtStart(root, flags));
    }

    // ---- emitting ----

    private int op(RegExpOpcode op, int... operands) {
        int at = size;
        if (size + 1 + operands.length > code.length) {
            code = Arrays.copyOf(code, Math.max(code.length * 2, size + 1 + operands.length));
        }
        code[size++] = op.ordinal();
        for (int operand : operands) {
            code[size++] = operand;
        }
        return at;
    }

    /** Patches operand {@code index} (0-based) of the instruction at {@code at}. */
    private void patch(int at, int index, int value) {
        code[at + 1 + index] = value;
    }

    private int newRegister() {
        return registerCount++;
    }

    /** Kept small: its frame is on the Java stack once per nesting level. */
    private void emit(RegExpNode node, boolean backward) {
        if (node instanceof Sequence s) {
            emitSequence(s.terms(), backward);
        } else if (node instanceof Quantified q) {
            emitQuantified(q, backward);
        } else if (node instanceof Group g) {
            emitGroup(g, backward);
        } else if (node instanceof Alternation a) {
            emitAlternation(a.alternatives(), backward);
        } else if (node instanceof Lookaround l) {
            emitLookaround(l);
        } else {
            emitLeaf(node, backward);
        }
    }

    private void emitSequence(List<RegExpNode> terms, boolean backward) {
        for (int i = 0; i < terms.size(); i++) {
            emit(terms.get(backward ? terms.size() - 1 - i : i), backward);
        }
    }

    private void emitLeaf(RegExpNode node, boolean backward) {
        switch (node) {
            case Empty e -> {
            }
            case Char c -> emitChar(c.value(), backward);
            case CharClass c -> emitClass(c.set(), c.negated(), backward);
            case Dot d -> op(single(dotAll ? RegExpOpcode.ANY : RegExpOpcode.DOT, backward));
            case Backreference b -> op(backward ? RegExpOpcode.BACKREFERENCE_BACK
                : RegExpOpcode.BACKREFERENCE, b.index());
            case Assertion a -> op(switch (a.kind()) {
                case START -> multiline ? RegExpOpcode.LINE_START_MULTILINE : RegExpOpcode.LINE_START;
                case END -> multiline ? RegExpOpcode.LINE_END_MULTILINE : RegExpOpcode.LINE_END;
                case WORD_BOUNDARY -> RegExpOpcode.WORD_BOUNDARY;
                case NOT_WORD_BOUNDARY -> RegExpOpcode.NOT_WORD_BOUNDARY;
            });
            default -> throw new IllegalStateException("not a leaf: " + node);
        }
    }

    private static RegExpOpcode single(RegExpOpcode forward, boolean backward) {
        return backward ? forward.toBackward() : forward;
    }

    private void emitChar(int c, boolean backward) {
        if (ignoreCase && hasCaseVariants(c)) {
            op(single(RegExpOpcode.CHAR_IGNORE_CASE, backward),
                CaseCanonicalization.canonicalize(c, unicode));
        } else if (unicode && (c > 0xFFFF || Character.isSurrogate((char) c))) {
            op(single(RegExpOpcode.CHAR32, backward), c);
        } else {
            op(single(RegExpOpcode.CHAR, backward), c);
        }
    }

    private boolean hasCaseVariants(int c) {
        return CaseCanonicalization.hasCaseVariants(c, unicode);
    }

    private void emitClass(CodePointSet set, boolean negated, boolean backward) {
        if (!negated && set.isSingle() && !(ignoreCase && hasCaseVariants(set.first()))) {
            emitChar(set.first(), backward);
            return;
        }
        CodePointSet effective = ignoreCase ? CaseCanonicalization.canonicalize(set, unicode) : set;
        classes.add(new CharClassMatcher(effective, negated, ignoreCase, unicode));
        op(single(RegExpOpcode.CLASS, backward), classes.size() - 1);
    }

    private void emitAlternation(List<RegExpNode> alternatives, boolean backward) {
        List<Integer> gotos = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            if (i < alternatives.size() - 1) {
                int split = op(RegExpOpcode.SPLIT_NEXT_FIRST, 0);
                emit(alternatives.get(i), backward);
                gotos.add(op(RegExpOpcode.GOTO, 0));
                patch(split, 0, size);
            } else {
                emit(alternatives.get(i), backward);
            }
        }
        for (int g : gotos) {
            patch(g, 0, size);
        }
    }

    private void emitGroup(Group g, boolean backward) {
        int index = g.index();
        if (containsBackreferenceTo(g.body(), index, index + 1)) {
            // A backreference inside its own group must see the previous capture, so both slots
            // are written together when the group closes.
            int start = newRegister();
            op(RegExpOpcode.SAVE, start);
            emit(g.body(), backward);
            op(backward ? RegExpOpcode.SAVE_CAPTURE_BACK : RegExpOpcode.SAVE_CAPTURE, index, start);
        } else {
            op(RegExpOpcode.SAVE, backward ? 2 * index + 1 : 2 * index);
            emit(g.body(), backward);
            op(RegExpOpcode.SAVE, backward ? 2 * index : 2 * index + 1);
        }
    }

    private void emitLookaround(Lookaround l) {
        int mark = newRegister();
        int start = op(l.negated() ? RegExpOpcode.NEGATIVE_LOOKAROUND : RegExpOpcode.LOOKAROUND,
            mark, 0);
        emit(l.body(), l.behind());
        op(RegExpOpcode.LOOKAROUND_END, mark);
        patch(start, 1, size);
    }

    /**
     * x{1} is the body alone; x? and x* need no counter; other bounds use a counter register:
     *
     * <pre>
     *        CLEAR_COUNTER c
     * head:  LOOP c min max exit          (or SPLIT for ? and *)
     *        SAVE p                       (if the body can match empty)
     *        RESET_CAPTURES first end     (if a stale capture could be observed)
     *        body
     *        CHECK_PROGRESS_IF_OPTIONAL p c min
     *        INCREMENT c
     *        GOTO head
     * exit:
     * </pre>
     */
    private void emitQuantified(Quantified q, boolean backward) {
        int min = q.min();
        int max = q.max();
        RegExpNode body = q.body();
        if (!canConsume(body)) {
            // A zero-width body gives the same state on every iteration, and an optional
            // iteration always fails the empty check: x{n,m} is x{min(n,1)}.
            min = Math.min(min, 1);
            max = min;
        }
        if (max == 0) {
            return;
        }
        boolean hasGroups = q.endGroup() > q.firstGroup();
        if (!hasGroups && isSingleCharacter(body)) {
            op(q.greedy() ? RegExpOpcode.CHAR_LOOP : RegExpOpcode.CHAR_LOOP_LAZY, min, max);
            emit(body, backward);
            return;
        }
        boolean once = min == 1 && max == 1;
        boolean uncounted = min == 0 && (max == 1 || max == Quantified.INFINITY);
        int position = !once && canBeEmpty(body) ? newRegister() : -1;
        int counter = -1;
        int head;
        if (once) {
            head = -1;
        } else if (uncounted) {
            head = op(q.greedy() ? RegExpOpcode.SPLIT_NEXT_FIRST : RegExpOpcode.SPLIT_GOTO_FIRST, 0);
        } else {
            counter = newRegister();
            op(RegExpOpcode.CLEAR_COUNTER, counter);
            head = op(q.greedy() ? RegExpOpcode.LOOP : RegExpOpcode.LOOP_LAZY, counter, min, max, 0);
        }
        if (position >= 0) {
            op(RegExpOpcode.SAVE, position);
        }
        if (hasGroups && resetNeeded(q)) {
            op(RegExpOpcode.RESET_CAPTURES, q.firstGroup(), q.endGroup());
        }
        emit(body, backward);
        if (once) {
            return;
        }
        if (uncounted) {
            if (position >= 0) {
                op(RegExpOpcode.CHECK_PROGRESS, position);
            }
            if (max == Quantified.INFINITY) {
                op(RegExpOpcode.GOTO, head);
            }
            patch(head, 0, size);
            return;
        }
        if (position >= 0) {
            op(RegExpOpcode.CHECK_PROGRESS_IF_OPTIONAL, position, counter, min);
        }
        op(RegExpOpcode.INCREMENT, counter);
        op(RegExpOpcode.GOTO, head);
        patch(head, 3, size);
    }

    // ---- analyses ----

    private static boolean isSingleCharacter(RegExpNode node) {
        return node instanceof Char || node instanceof CharClass || node instanceof Dot;
    }

    /** Whether some match of the node consumes input. */
    private static boolean canConsume(RegExpNode node) {
        return switch (node) {
            case Empty e -> false;
            case Assertion a -> false;
            case Lookaround l -> false;
            case Sequence s -> anyCanConsume(s.terms());
            case Alternation a -> anyCanConsume(a.alternatives());
            case Group g -> canConsume(g.body());
            case Quantified q -> q.max() > 0 && canConsume(q.body());
            case Char c -> true;
            case CharClass c -> true;
            case Dot d -> true;
            case Backreference b -> true;
        };
    }

    private static boolean anyCanConsume(List<RegExpNode> nodes) {
        for (RegExpNode node : nodes) {
            if (canConsume(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyContainsBackreferenceTo(List<RegExpNode> nodes, int from, int to) {
        for (RegExpNode node : nodes) {
            if (containsBackreferenceTo(node, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the node can match without consuming input. */
    boolean canBeEmpty(RegExpNode node) {
        return switch (node) {
            case Empty e -> true;
            case Char c -> false;
            case CharClass c -> false;
            case Dot d -> false;
            case Sequence s -> {
                for (RegExpNode term : s.terms()) {
                    if (!canBeEmpty(term)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Alternation a -> {
                for (RegExpNode alternative : a.alternatives()) {
                    if (canBeEmpty(alternative)) {
                        yield true;
                    }
                }
                yield false;
            }
            case Group g -> canBeEmpty(g.body());
            case Lookaround l -> true;
            case Quantified q -> q.min() == 0 || canBeEmpty(q.body());
            case Backreference b -> true;
            case Assertion a -> true;
        };
    }

    /**
     * The per-iteration capture reset can be skipped when every group in the body is set by every
     * successful iteration and no backreference in the body reads one of them: then a stale
     * value is never observable.
     */
    private static boolean resetNeeded(Quantified q) {
        if (containsBackreferenceTo(q.body(), q.firstGroup(), q.endGroup())) {
            return true;
        }
        BitSet mandatory = mandatoryGroups(q.body());
        return mandatory.cardinality() != q.endGroup() - q.firstGroup();
    }

    /** Groups that hold a value whenever the node has matched. */
    private static BitSet mandatoryGroups(RegExpNode node) {
        BitSet result = new BitSet();
        switch (node) {
            case Group g -> {
                result.set(g.index());
                result.or(mandatoryGroups(g.body()));
            }
            case Sequence s -> {
                for (RegExpNode term : s.terms()) {
                    result.or(mandatoryGroups(term));
                }
            }
            case Alternation a -> {
                boolean first = true;
                for (RegExpNode alternative : a.alternatives()) {
                    if (first) {
                        result.or(mandatoryGroups(alternative));
                        first = false;
                    } else {
                        result.and(mandatoryGroups(alternative));
                    }
                }
            }
            case Quantified q -> {
                if (q.min() > 0 && q.max() > 0) {
                    result.or(mandatoryGroups(q.body()));
                }
            }
            case Lookaround l -> {
                if (!l.negated()) {
                    result.or(mandatoryGroups(l.body()));
                }
            }
            default -> {
            }
        }
        return result;
    }

    private static boolean containsBackreferenceTo(RegExpNode node, int from, int to) {
        return switch (node) {
            case Backreference b -> b.index() >= from && b.index() < to;
            case Sequence s -> anyContainsBackreferenceTo(s.terms(), from, to);
            case Alternation a -> anyContainsBackreferenceTo(a.alternatives(), from, to);
            case Group g -> containsBackreferenceTo(g.body(), from, to);
            case Lookaround l -> containsBackreferenceTo(l.body(), from, to);
            case Quantified q -> containsBackreferenceTo(q.body(), from, to);
            default -> false;
        };
    }

    /**
     * A superset of the characters a match can start with, or null if unknown. Only meaningful
     * for a node that cannot match empty; zero-width terms are skipped (they only filter).
     */
    private CodePointSet firstCharacters(RegExpNode node) {
        return switch (node) {
            case Char c -> CodePointSet.of(c.value());
            case CharClass c -> c.negated() ? c.set().complement() : c.set();
            case Dot d -> dotAll ? CodePointSet.ALL : CharacterSets.LINE_TERMINATORS.complement();
            case Group g -> firstCharacters(g.body());
            case Quantified q -> firstCharacters(q.body());
            case Alternation a -> {
                CodePointSet.Builder b = new CodePointSet.Builder();
                for (RegExpNode alternative : a.alternatives()) {
                    CodePointSet f = firstCharacters(alternative);
                    if (f == null) {
                        yield null;
                    }
                    b.addAll(f);
                }
                yield b.build();
            }
            case Sequence s -> {
                CodePointSet.Builder b = new CodePointSet.Builder();
                for (RegExpNode term : s.terms()) {
                    if (term instanceof Assertion || term instanceof Lookaround) {
                        continue;
                    }
                    CodePointSet f = firstCharacters(term);
                    if (f == null) {
                        yield null;
                    }
                    b.addAll(f);
                    if (!canBeEmpty(term)) {
                        yield b.build();
                    }
                }
                yield null;
            }
            case Empty e -> CodePointSet.EMPTY;
            case Lookaround l -> CodePointSet.EMPTY;
            case Assertion a -> CodePointSet.EMPTY;
            case Backreference b -> null;
        };
    }

    /** The literal characters every match starts with (case-sensitive only), or null. */
    private String literalPrefix(RegExpNode root) {
        if (ignoreCase) {
            return null;
        }
        List<RegExpNode> terms = root instanceof Sequence s ? s.terms() : List.of(root);
        StringBuilder sb = new StringBuilder();
        for (RegExpNode term : terms) {
            // A surrogate could start inside a pair, where the unicode search never looks.
            if (!(term instanceof Char c) || (c.value() <= 0xFFFF && Character.isSurrogate((char) c.value()))) {
                break;
            }
            sb.appendCodePoint(c.value());
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** Whether every match must start at index 0 (a leading ^ without the m flag). */
    private static boolean anchoredAtStart(RegExpNode root, RegExpFlags flags) {
        if (flags.multiline()) {
            return false;
        }
        RegExpNode first = root instanceof Sequence s ? s.terms().get(0) : root;
        return first instanceof Assertion a && a.kind() == RegExpNode.AssertionKind.START;
    }
}
