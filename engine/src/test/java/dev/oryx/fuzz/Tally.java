package dev.oryx.fuzz;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the fuzz properties saw (programs tried, how each run ended) and prints one line
 * per property when its class is done: the figures a long run reports ({@code docs/fuzzing.md}).
 * jqwik's own statistics go to the JUnit report entries, which the Maven console does not show.
 */
final class Tally {
    private static final Map<String, Map<String, Integer>> COUNTS = new TreeMap<>();

    private Tally() {
    }

    /** One program tried by {@code property}, which ended as {@code verdict}. */
    static void count(String property, String verdict) {
        count(property, verdict, 1);
    }

    /** {@code n} more of {@code verdict} for {@code property}. */
    static synchronized void count(String property, String verdict, int n) {
        COUNTS.computeIfAbsent(property, p -> new TreeMap<>()).merge(verdict, n, Integer::sum);
    }

    /** Prints and forgets the counts of the properties whose name starts with {@code prefix}. */
    static synchronized void print(String prefix) {
        var it = COUNTS.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().startsWith(prefix)) {
                System.out.println("[fuzz] " + e.getKey() + ": " + e.getValue());
                it.remove();
            }
        }
    }
}
