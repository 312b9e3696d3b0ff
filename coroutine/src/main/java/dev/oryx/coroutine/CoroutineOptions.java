package dev.oryx.coroutine;

import java.util.concurrent.ScheduledExecutorService;

/**
 * Settings of a {@link CoroutineManager}.
 *
 * @param maxOutstandingWaits how many generators may wait at once (default 65,536, the original's
 *     figure); a wait beyond fails with {@link WaitStatus#LIMIT_REACHED}
 * @param sessionWindow how many newer sessions may be issued before an unused session can no
 *     longer be waited on (a power of two; 0 picks {@code max(2^18, 4 * maxOutstandingWaits)});
 *     it bounds the memory that remembers which sessions were consumed (one bit each)
 * @param scheduler the executor that fires wait deadlines; null makes the manager start one
 *     daemon thread when the first deadline is set (and stop it on close)
 */
public record CoroutineOptions(int maxOutstandingWaits, int sessionWindow, ScheduledExecutorService scheduler) {
    /** The defaults: 65,536 outstanding waits, automatic window, own timer thread. */
    public static final CoroutineOptions DEFAULTS = new CoroutineOptions(65_536, 0, null);

    public CoroutineOptions {
        if (maxOutstandingWaits < 1) {
            throw new IllegalArgumentException("maxOutstandingWaits must be positive: " + maxOutstandingWaits);
        }
        if (sessionWindow < 0 || (sessionWindow != 0 && Integer.bitCount(sessionWindow) != 1)) {
            throw new IllegalArgumentException("sessionWindow must be 0 or a power of two: " + sessionWindow);
        }
    }

    public CoroutineOptions withMaxOutstandingWaits(int n) {
        return new CoroutineOptions(n, sessionWindow, scheduler);
    }

    public CoroutineOptions withSessionWindow(int n) {
        return new CoroutineOptions(maxOutstandingWaits, n, scheduler);
    }

    public CoroutineOptions withScheduler(ScheduledExecutorService s) {
        return new CoroutineOptions(maxOutstandingWaits, sessionWindow, s);
    }

    /** The window actually used. */
    int effectiveWindow() {
        if (sessionWindow != 0) {
            return sessionWindow;
        }
        long w = Math.max(1L << 18, Long.highestOneBit(maxOutstandingWaits * 4L - 1) << 1);
        return (int) Math.min(w, 1 << 30);
    }
}
