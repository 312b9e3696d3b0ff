package dev.oryx.regexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Large inputs, deep patterns and the interrupt hook. */
class RegExpRobustnessTest {

    private static final int ONE_MB = 1 << 20;

    private static String alternatingAB(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(i % 3 == 0 ? 'b' : 'a');
        }
        return sb.toString();
    }

    @Test
    void oneMegabyteAgainstStarOverAlternationDoesNotOverflow() {
        String input = alternatingAB(ONE_MB) + "c";
        RegExpProgram p = RegExpProgram.compile("(a|b)*c", "");
        int[] r = RegExpMatcher.search(p, input, 0, null);
        assertArrayEquals(new int[] {0, ONE_MB + 1, ONE_MB - 1, ONE_MB}, r);
    }

    @Test
    void oneMegabyteAgainstAnchoredNonCapturingStar() {
        String input = alternatingAB(ONE_MB);
        RegExpProgram p = RegExpProgram.compile("(?:a|b)*$", "");
        assertArrayEquals(new int[] {0, ONE_MB}, RegExpMatcher.matchAt(p, input, 0, null));
        // A failing run backtracks through a megabyte of choice points.
        RegExpProgram q = RegExpProgram.compile("^(?:a|b)*c", "");
        assertNull(RegExpMatcher.search(q, input, 0, null));
    }

    @Test
    void oneMegabyteAgainstDotStarAndLazyLoops() {
        String input = "x".repeat(ONE_MB) + "y";
        assertArrayEquals(new int[] {0, ONE_MB + 1},
            RegExpMatcher.search(RegExpProgram.compile(".*y", ""), input, 0, null));
        assertArrayEquals(new int[] {0, ONE_MB + 1},
            RegExpMatcher.search(RegExpProgram.compile("(?:x)+?y", ""), input, 0, null));
        // The last iteration took y, so group 1 from the iteration before is reset.
        assertArrayEquals(new int[] {0, ONE_MB + 1, -1, -1, ONE_MB, ONE_MB + 1},
            RegExpMatcher.search(RegExpProgram.compile("(?:(x)|(y))*", ""), input, 0, null));
    }

    @Test
    void interruptHookStopsCatastrophicBacktracking() {
        RegExpProgram p = RegExpProgram.compile("(a+)+$", "");
        String input = "a".repeat(40) + "b";
        AtomicLong steps = new AtomicLong();
        IllegalStateException stop = new IllegalStateException("interrupted");
        RegExpInterruptHook hook = n -> {
            if (steps.addAndGet(n) > 1_000_000) {
                throw stop;
            }
        };
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
            () -> RegExpMatcher.search(p, input, 0, hook));
        assertSame(stop, thrown);
        assertTrue(steps.get() > 1_000_000);
        // The matcher is usable again on the same thread afterwards.
        assertArrayEquals(new int[] {0, 3, 0, 3},
            RegExpMatcher.search(p, "aaa", 0, null));
    }

    @Test
    void hookIsPolledEveryFewThousandSteps() {
        AtomicLong polls = new AtomicLong();
        AtomicLong total = new AtomicLong();
        RegExpInterruptHook hook = n -> {
            polls.incrementAndGet();
            total.addAndGet(n);
        };
        RegExpProgram p = RegExpProgram.compile("(?:a|b)*c", "");
        assertNull(RegExpMatcher.matchAt(p, alternatingAB(100_000), 0, hook));
        assertTrue(polls.get() > 10, "polls: " + polls.get());
        assertEquals(polls.get() * BacktrackingMatcher.POLL_INTERVAL, total.get());
    }

    @Test
    void hookMayRunAnotherMatchOnTheSameThread() {
        RegExpProgram inner = RegExpProgram.compile("b+", "");
        AtomicReference<int[]> innerResult = new AtomicReference<>();
        RegExpInterruptHook hook = n -> innerResult.compareAndSet(null,
            RegExpMatcher.search(inner, "aabbb", 0, null));
        RegExpProgram outer = RegExpProgram.compile("(?:a|b)*$", "");
        assertArrayEquals(new int[] {0, 20_000},
            RegExpMatcher.matchAt(outer, alternatingAB(20_000), 0, hook));
        assertArrayEquals(new int[] {2, 5}, innerResult.get());
    }

    /** The parser and compiler recurse once per nesting level; 256 levels fit in 512 KB. */
    @Test
    void compileWithinASmallThreadStackAtMaximumNesting() throws InterruptedException {
        int depth = RegExpParser.MAX_NESTING;
        String pattern = "(?:a".repeat(depth) + ")*".repeat(depth) + "|" + "(b".repeat(depth)
            + ")".repeat(depth);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(RegExpMatcher.search(RegExpProgram.compile(pattern, "i"), "AAA", 0, null));
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertTrue(outcome.get() instanceof int[], String.valueOf(outcome.get()));
        assertEquals(3, ((int[]) outcome.get())[1]);
    }
}
