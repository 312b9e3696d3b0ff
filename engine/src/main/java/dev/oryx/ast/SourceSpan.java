package dev.oryx.ast;

/**
 * Where a node stands in its source: UTF-16 offsets {@code [start, end)} and the 1-based line and
 * column of {@code start} (columns count UTF-16 code units).
 */
public record SourceSpan(int start, int end, int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
