package dev.oryx.regexp;

import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the tests: run a pattern the way RegExp.prototype.exec would. */
final class RegExpTestSupport {

    private RegExpTestSupport() {
    }

    /** The exec result as strings (null for an unmatched group), or null for no match. */
    static List<String> exec(String pattern, String flags, String input) {
        return exec(pattern, flags, input, 0);
    }

    static List<String> exec(String pattern, String flags, String input, int from) {
        RegExpProgram p = RegExpProgram.compile(pattern, flags);
        int[] r = p.flags().sticky() ? RegExpMatcher.matchAt(p, input, from, null)
            : RegExpMatcher.search(p, input, from, null);
        return r == null ? null : strings(r, input);
    }

    static List<String> strings(int[] captures, String input) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < captures.length; i += 2) {
            out.add(captures[i] < 0 ? null : input.substring(captures[i], captures[i + 1]));
        }
        return out;
    }

    /** Shorthand for expected results: {@code list("a", null)}. */
    static List<String> list(String... values) {
        return java.util.Arrays.asList(values);
    }
}
