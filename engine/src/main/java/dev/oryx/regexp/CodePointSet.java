package dev.oryx.regexp;

import java.util.Arrays;

/**
 * An immutable set of code points (the spec's CharSet), held as sorted, disjoint, non-adjacent
 * half-open ranges {@code [start0, end0, start1, end1, ...]}.
 */
final class CodePointSet {

    static final int MAX_CODE_POINT = 0x10FFFF;

    static final CodePointSet EMPTY = new CodePointSet(new int[0]);
    static final CodePointSet ALL = new CodePointSet(new int[] {0, MAX_CODE_POINT + 1});

    private final int[] ranges;

    private CodePointSet(int[] ranges) {
        this.ranges = ranges;
    }

    /** A set from ranges that are already sorted, disjoint and merged (as the tables hold them). */
    static CodePointSet ofNormalizedRanges(int[] ranges) {
        return new CodePointSet(ranges);
    }

    static CodePointSet of(int codePoint) {
        return new CodePointSet(new int[] {codePoint, codePoint + 1});
    }

    /** Inclusive bounds, as in a class range {@code a-z}. */
    static CodePointSet range(int first, int last) {
        return new CodePointSet(new int[] {first, last + 1});
    }

    /** The half-open ranges; callers must not modify the array. */
    int[] ranges() {
        return ranges;
    }

    boolean isEmpty() {
        return ranges.length == 0;
    }

    /** Whether the set holds exactly one code point. */
    boolean isSingle() {
        return ranges.length == 2 && ranges[1] - ranges[0] == 1;
    }

    int first() {
        return ranges[0];
    }

    boolean contains(int c) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (c >= ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    CodePointSet complement() {
        Builder b = new Builder();
        int next = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            if (ranges[i] > next) {
                b.addRange(next, ranges[i] - 1);
            }
            next = ranges[i + 1];
        }
        if (next <= MAX_CODE_POINT) {
            b.addRange(next, MAX_CODE_POINT);
        }
        return b.build();
    }

    CodePointSet union(CodePointSet other) {
        return new Builder().addAll(this).addAll(other).build();
    }

    CodePointSet intersection(CodePointSet other) {
        return complement().union(other.complement()).complement();
    }

    CodePointSet minus(CodePointSet other) {
        return intersection(other.complement());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodePointSet s && Arrays.equals(s.ranges, ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ranges.length; i += 2) {
            sb.append(hex(ranges[i]));
            if (ranges[i + 1] - 1 != ranges[i]) {
                sb.append('-').append(hex(ranges[i + 1] - 1));
            }
        }
        return sb.append(']').toString();
    }

    static String hex(int c) {
        if (c >= 0x21 && c < 0x7F && c != '-' && c != '\\' && c != ']' && c != '[') {
            return String.valueOf((char) c);
        }
        return String.format(c > 0xFFFF ? "\\u{%X}" : "\\u%04X", c);
    }

    /** Collects ranges in any order; {@link #build()} sorts and merges them. */
    static final class Builder {
        private int[] data = new int[16];
        private int size;

        Builder add(int c) {
            return addRange(c, c);
        }

        /** Inclusive bounds. */
        Builder addRange(int first, int last) {
            if (size + 2 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = first;
            data[size++] = last + 1;
            return this;
        }

        Builder addAll(CodePointSet set) {
            int[] r = set.ranges;
            for (int i = 0; i < r.length; i += 2) {
                addRange(r[i], r[i + 1] - 1);
            }
            return this;
        }

        CodePointSet build() {
            int n = size / 2;
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = ((long) data[2 * i] << 32) | data[2 * i + 1];
            }
            Arrays.sort(packed);
            int[] out = new int[size];
            int len = 0;
            for (long p : packed) {
                int start = (int) (p >>> 32);
                int end = (int) p;
                if (len > 0 && start <= out[len - 1]) {
                    out[len - 1] = Math.max(out[len - 1], end);
                } else {
                    out[len++] = start;
                    out[len++] = end;
                }
            }
            return new CodePointSet(Arrays.copyOf(out, len));
        }
    }
}
