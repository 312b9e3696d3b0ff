package dev.oryx.parse;

import java.util.Arrays;

/**
 * Offsets to 1-based lines and columns. Line terminators are those of ECMA-262 12.3
 * (LF, CR, CRLF counted once, LS, PS).
 */
public final class LineMap {
    private final int[] lineStarts;
    /**
     * Index of the line found last: the AST builder asks for offsets in nearly source order, so
     * this line or the next one usually answers without a binary search. A plain int (reads and
     * writes are atomic), checked before use, so sharing a map between threads stays correct.
     */
    private int last;

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
    }

    /** 1-based line of {@code offset}. */
    public int line(int offset) {
        int[] starts = lineStarts;
        int n = starts.length;
        int k = last;
        if (starts[k] <= offset) {
            if (k + 1 == n || offset < starts[k + 1]) {
                return k + 1;
            }
            if (k + 2 == n || offset < starts[k + 2]) {
                last = k + 1;
                return k + 2;
            }
        }
        int i = Arrays.binarySearch(starts, offset);
        int line = i >= 0 ? i + 1 : -i - 1;
        last = Math.max(0, line - 1);
        return line;
    }

    /** 1-based column (UTF-16 code units) of {@code offset}. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** 1-based column (UTF-16 code units) of {@code offset}, which is on {@code line}. */
    public int column(int offset, int line) {
        return offset - lineStarts[line - 1] + 1;
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
