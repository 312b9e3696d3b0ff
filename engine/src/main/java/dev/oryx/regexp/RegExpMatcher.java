package dev.oryx.regexp;

/**
 * Runs a {@link RegExpProgram} against a string. Results are capture arrays
 * {@code [start0, end0, start1, end1, ...]} in UTF-16 indices, -1 for unmatched groups.
 * Matching never recurses on the Java stack; the backtrack stack is an {@code int[]} reused per
 * thread.
 */
public final class RegExpMatcher {

    /** Largest backtrack stack, in ints, before {@link RegExpBacktrackLimitException}. */
    public static final int MAX_BACKTRACK_STACK = 1 << 26;

    private RegExpMatcher() {
    }

    /**
     * One match attempt anchored exactly at {@code index} (the spec's matcher for one lastIndex).
     * With the unicode flag an index inside a surrogate pair starts at the pair (22.2.7.2 step
     * 11.b: "the character that was obtained from element lastIndex").
     *
     * @return the capture array, or null if there is no match (also for index &gt; length)
     */
    public static int[] matchAt(RegExpProgram program, String input, int index,
            RegExpInterruptHook hook) {
        if (index < 0 || index > input.length()) {
            return null;
        }
        BacktrackingMatcher m = BacktrackingMatcher.acquire(program, input, hook);
        try {
            return m.run(characterStart(program, input, index)) ? m.result() : null;
        } finally {
            m.release();
        }
    }

    /**
     * The loop of RegExpBuiltinExec (22.2.7.2) for a non-sticky regexp: tries {@code fromIndex},
     * then AdvanceStringIndex (by code point with the unicode flag) until a match or past the end.
     * Positions that cannot start a match (literal prefix, first-character set, leading ^) are
     * skipped without running the program.
     */
    public static int[] search(RegExpProgram program, String input, int fromIndex,
            RegExpInterruptHook hook) {
        int length = input.length();
        if (fromIndex < 0 || fromIndex > length) {
            return null;
        }
        boolean unicode = program.flags().unicode();
        BacktrackingMatcher m = BacktrackingMatcher.acquire(program, input, hook);
        try {
            int i = fromIndex;
            if (program.anchoredAtStart) {
                return m.run(characterStart(program, input, i)) ? m.result() : null;
            }
            if (characterStart(program, input, i) != i) {
                // Inside a surrogate pair: the attempt starts at the pair, unfiltered.
                if (m.run(i - 1)) {
                    return m.result();
                }
                i++;
            }
            while (i <= length) {
                if (program.literalPrefix != null) {
                    i = input.indexOf(program.literalPrefix, i);
                    if (i < 0) {
                        return null;
                    }
                } else if (program.firstCharacters != null) {
                    i = skipToFirstCharacter(program.firstCharacters, input, i, unicode);
                    if (i >= length) {
                        return null;
                    }
                }
                if (m.run(i)) {
                    return m.result();
                }
                i = advanceStringIndex(input, i, unicode);
            }
            return null;
        } finally {
            m.release();
        }
    }

    private static int skipToFirstCharacter(CharClassMatcher first, String input, int i,
            boolean unicode) {
        int length = input.length();
        while (i < length) {
            int c = unicode ? input.codePointAt(i) : input.charAt(i);
            if (first.matches(c)) {
                return i;
            }
            i += c > 0xFFFF ? 2 : 1;
        }
        return length;
    }

    /** 22.2.7.3 AdvanceStringIndex. */
    static int advanceStringIndex(String input, int index, boolean unicode) {
        if (!unicode || index + 1 >= input.length()) {
            return index + 1;
        }
        return index + Character.charCount(input.codePointAt(index));
    }

    private static int characterStart(RegExpProgram program, String input, int index) {
        if (program.flags().unicode() && index > 0 && index < input.length()
                && Character.isLowSurrogate(input.charAt(index))
                && Character.isHighSurrogate(input.charAt(index - 1))) {
            return index - 1;
        }
        return index;
    }
}
