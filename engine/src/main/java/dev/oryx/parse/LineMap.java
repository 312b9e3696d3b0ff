package dev.oryx.parse;

import java.util.Arrays;

/**
 * Offsets to 1-based lines and columns. Line terminators are those of ECMA-262 12.3
 * (LF, CR, CRLF counted once, LS, PS).
 */
public final class LineMap {
    private final int[] lineStarts;
    /**
     * For each block of {@code 1 << BLOCK_SHIFT} offsets, the index of the line its first offset
     * is on: a line lookup is an array read and a short scan forward, whatever the order of the
     * questions (the AST builder asks for nodes' spans in tree order, not source order). Immutable,
     * so a map can be shared between threads.
     */
    private final int[] blockLines;
    private static final int BLOCK_SHIFT = 6;

    public LineMap(String source) {
        int[] starts = new int[16];
        int count = 1;
        int n = source.length();
        if (source.indexOf('\r') < 0 && source.indexOf('\u2028') < 0 && source.indexOf('\u2029') < 0) {
            // only LF: String.indexOf is a vectorized intrinsic, much faster than a charAt loop
            // (this runs once per parse, typically before the JIT has compiled the loop)
            for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            lineStarts = Arrays.copyOf(starts, count);
            blockLines = blockLines(lineStarts, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
        blockLines = blockLines(lineStarts, n);
    }

    private static int[] blockLines(int[] starts, int length) {
        int[] blocks = new int[(length >> BLOCK_SHIFT) + 1];
        int k = 0;
        for (int b = 0; b < blocks.length; b++) {
            int offset = b << BLOCK_SHIFT;
            while (k + 1 < starts.length && starts[k + 1] <= offset) {
                k++;
            }
            blocks[b] = k;
        }
        return blocks;
    }

    /** 1-based line of {@code offset}. */
    public int line(int offset) {
        int[] starts = lineStarts;
        int b = Math.max(0, Math.min(offset >> BLOCK_SHIFT, blockLines.length - 1));
        int k = blockLines[b];
        while (k + 1 < starts.length && starts[k + 1] <= offset) {
            k++;
        }
        return k + 1;
    }

    /** 1-based column (UTF-16 code units) of {@code offset}. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** 1-based column (UTF-16 code units) of {@code offset}, which is on {@code line}. */
    public int column(int offset, int line) {
        return offset - lineStarts[line - 1] + 1;
    }

    /** The offset where 1-based {@code line} starts; {@code line == lineCount() + 1} gives Integer.MAX_VALUE. */
    public int lineStart(int line) {
        return line <= lineStarts.length ? lineStarts[line - 1] : Integer.MAX_VALUE;
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
