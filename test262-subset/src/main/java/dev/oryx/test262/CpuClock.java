package dev.oryx.test262;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of threads, so that time limits measure the work a test does rather than how busy the
 * machine is: on a loaded machine a test gets less of the processor, not more time to run.
 * Falls back to the wall clock where the JVM cannot measure thread CPU time.
 */
final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeSupported();

    static {
        if (SUPPORTED && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
    }

    private CpuClock() {
    }

    /** CPU time of the calling thread in nanoseconds (or wall-clock nanoseconds). */
    static long currentThread() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** CPU time of {@code thread} in nanoseconds, or -1 when it cannot be measured. */
    static long of(Thread thread) {
        if (!SUPPORTED) {
            return -1;
        }
        return THREADS.getThreadCpuTime(thread.threadId());
    }
}
