package dev.oryx.parse;

import java.util.Arrays;

/**
 * Offsets to 1-based lines and columns. Line terminators are those of ECMA-262 12.3
 * (LF, CR, CRLF counted once, LS, PS).
 */
public final class LineMap {
    private final int[] lineStarts;

    public LineMap(String source) {
        int[] starts = new int[16];
        int count = 1;
        int n = source.length();
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
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column (UTF-16 code units) of {@code offset}. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
