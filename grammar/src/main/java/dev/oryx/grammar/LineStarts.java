package dev.oryx.grammar;

import java.util.Arrays;

/**
 * The offsets where the lines of a source start (ECMA-262 12.3 line terminators: LF, CR, CRLF
 * counted once, LS, PS), recorded by the lexer as it passes over them, in white space, comments,
 * string literals, templates and tokens alike. Lines and columns then cost no pass over the source
 * of their own: that pass (dev.oryx.parse.LineMap) was 7-9% of a warm parse of a large file.
 *
 * <p>The lexer goes through the source from the start, and every stretch it scans (white space, a
 * comment, a literal, also one it lexes again after a retyping) is scanned whole, so the first scan
 * of any stretch records all of its line starts: a later one adds nothing, and {@link #add} drops
 * what is not beyond the last start. During a parse the lines are those lexed so far; the parser
 * asks only about offsets of tokens it has seen.
 */
public final class LineStarts {
    private int[] starts = new int[256];
    private int count = 1;
    /**
     * For each block of {@code 1 << BLOCK_SHIFT} offsets before the last line start, the index of
     * the line its first offset is on: a lookup is an array read and a short scan forward, in
     * whatever order the AST builder asks (a binary search instead was 2% of a parse).
     */
    private int[] blockLines = new int[256];
    private int blockCount;
    private static final int BLOCK_SHIFT = 6;

    /** Records that a line starts at {@code offset} (just after a line terminator). */
    void add(int offset) {
        int last = count - 1;
        if (offset > starts[last]) {
            // the blocks that begin before this line and after the last one begin on the last line
            int blocks = (offset + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT;
            if (blocks > blockLines.length) {
                blockLines = Arrays.copyOf(blockLines, Math.max(blocks, blockLines.length * 2));
            }
            for (int b = blockCount; b < blocks; b++) {
                blockLines[b] = last;
            }
            blockCount = Math.max(blockCount, blocks);
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = offset;
        }
    }

    /**
     * Records the line terminators in {@code cs[from, to)} and tells whether there was one;
     * {@code length} is the source's length (a CR at the end of the stretch is one terminator with
     * the LF after it).
     */
    boolean scan(char[] cs, int from, int to, int length) {
        boolean found = false;
        for (int i = from; i < to; i++) {
            char c = cs[i];
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r') {
                found = true;
                if (c != '\r' || i + 1 >= length || cs[i + 1] != '\n') {
                    add(i + 1);
                }
            }
        }
        return found;
    }

    /** Number of lines recorded. */
    public int count() {
        return count;
    }

    /** 1-based line of {@code offset}. */
    public int line(int offset) {
        int b = offset >> BLOCK_SHIFT;
        if (b >= blockCount) {
            // at or after the last line start
            return count;
        }
        int[] s = starts;
        int k = blockLines[Math.max(b, 0)];
        while (k + 1 < count && s[k + 1] <= offset) {
            k++;
        }
        return k + 1;
    }

    /** The offset where 1-based {@code line} starts; a line not recorded (yet) gives Integer.MAX_VALUE. */
    public int lineStart(int line) {
        return line <= count ? starts[line - 1] : Integer.MAX_VALUE;
    }

    /** 1-based column (UTF-16 code units) of {@code offset}. */
    public int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }
}
