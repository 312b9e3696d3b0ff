package dev.oryx.regexp;

import java.util.List;

/**
 * The parsed pattern (22.2.1 Patterns), built by {@link RegExpParser} and compiled by
 * {@link RegExpCompiler}. Characters are code units without the unicode flag and code points
 * with it.
 */
sealed interface RegExpNode {

    /** Matches the empty string. */
    record Empty() implements RegExpNode {
    }

    /** A literal character. */
    record Char(int value) implements RegExpNode {
    }

    /** A character class or class escape; {@code negated} for {@code [^...]}. */
    record CharClass(CodePointSet set, boolean negated) implements RegExpNode {
    }

    /** {@code .}: every character, or every one but line terminators without the s flag. */
    record Dot() implements RegExpNode {
    }

    /** Terms matched one after the other (right to left inside a lookbehind). */
    record Sequence(List<RegExpNode> terms) implements RegExpNode {
    }

    /** {@code a|b|...}, tried left to right. */
    record Alternation(List<RegExpNode> alternatives) implements RegExpNode {
    }

    /** A capturing group with its 1-based index and optional name. */
    record Group(int index, String name, RegExpNode body) implements RegExpNode {
    }

    /** {@code (?=) (?!) (?<=) (?<!)}. */
    record Lookaround(boolean behind, boolean negated, RegExpNode body) implements RegExpNode {
    }

    /**
     * A quantified atom; {@code max} is {@link #INFINITY} for no upper bound. The groups
     * {@code firstGroup .. endGroup-1} are inside the atom and reset on each iteration.
     */
    record Quantified(RegExpNode body, int min, int max, boolean greedy, int firstGroup,
            int endGroup) implements RegExpNode {
        static final int INFINITY = Integer.MAX_VALUE;
    }

    /** {@code \1} or {@code \k<name>}, resolved to a group index. */
    record Backreference(int index) implements RegExpNode {
    }

    /** {@code ^ $ \b \B}. */
    record Assertion(AssertionKind kind) implements RegExpNode {
    }

    /** The zero-width assertions other than lookarounds. */
    enum AssertionKind { START, END, WORD_BOUNDARY, NOT_WORD_BOUNDARY }
}
