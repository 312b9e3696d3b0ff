package dev.oryx.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

import dev.oryx.api.ScriptTerminatedException;

/**
 * The memory limit of one runtime. What it bounds is the memory the runtime's contexts
 * <em>retain</em>: everything reachable from their realms, the running frames and the job queue,
 * measured by {@link RetainedSize} (a walk like a collector's mark phase) with estimated object
 * sizes. Garbage does not count, so a script that allocates a lot but keeps little is not stopped.
 *
 * <p>When to measure: the bytes the JVM allocated on the running thread since the last
 * measurement (a cheap counter HotSpot keeps per thread) are read at every interrupt poll (every
 * few thousand backward jumps and calls) and at the few allocation sites that can grow without
 * bound in one step (array element storage, string building, ArrayBuffers). A measurement runs
 * when that allocation passes the room the last measurement left ({@code limit - retained}, at
 * least a quarter of the limit), so the retained size can pass the limit by at most a quarter
 * before it is seen. A single allocation larger than {@link #LARGE_REQUEST} is checked before it
 * is made, so one huge request ({@code 'x'.repeat(1e9)}) never reaches the JVM heap.
 *
 * <p>Over the limit (or when a large request does not fit), the script first gets a catchable
 * {@code RangeError} (so it can drop data); a second failure before a measurement finds the
 * runtime back under three quarters of the limit terminates the script with
 * {@link ScriptTerminatedException.Reason#MEMORY_LIMIT}. Each new host entry starts again with
 * a RangeError first.
 */
public final class MemoryAccount {
    /** Allocations from this size (in bytes) are checked before they are made. */
    public static final long LARGE_REQUEST = 256 * 1024;

    /** Marks a field whose referent is not the runtime's memory (a host object behind a wrapper). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface NotRetained {
    }

    private static final ThreadLocal<MemoryAccount> ACTIVE = new ThreadLocal<>();
    /** Whether any runtime of this JVM has a memory limit: without one the static checks cost one read. */
    private static volatile boolean anyAccount;

    private final long limit;
    private final Supplier<Iterable<?>> roots;
    private final ThreadAllocation allocation = ThreadAllocation.create();
    /** Retained bytes at the last measurement; -1 before the first. */
    private long retained = -1;
    /** Allocation counted in finished entries since the last measurement. */
    private long allocatedBefore;
    /** The thread's allocation counter at the start of the current entry or the last measurement. */
    private long entryStart;
    /** Allocation since the last measurement after which the next one runs. */
    private long nextMeasurement;
    /** Memory failures since the runtime was last clearly under the limit, in this entry. */
    private int strikes;
    private int entries;
    private Realm realm;
    private MemoryAccount previous;
    private int pollsSinceMeasurement;
    /** Objects seen by the last measurement (sizes the next one's visited set). */
    private int objects;

    /**
     * @param limit the largest retained size in bytes
     * @param roots what the runtime retains: realms, the execution stack (anything the walk should start from)
     */
    public MemoryAccount(long limit, Supplier<Iterable<?>> roots) {
        if (limit <= 0) {
            throw new IllegalArgumentException("memory limit must be positive: " + limit);
        }
        this.limit = limit;
        this.roots = roots;
        this.nextMeasurement = limit / 4;
        if (limit < Long.MAX_VALUE) {
            anyAccount = true;
        }
    }

    public long limit() {
        return limit;
    }

    /** The retained size found by the last measurement, or -1 if none ran yet. */
    public long lastRetainedSize() {
        return retained;
    }

    /** Measures the retained size now (the runtime must not be running on another thread). */
    public long measure() {
        RetainedSize.Result r = RetainedSize.of(roots.get(), objects);
        long size = r.bytes();
        objects = r.objects();
        retained = size;
        allocatedBefore = 0;
        entryStart = allocation.current();
        pollsSinceMeasurement = 0;
        nextMeasurement = Math.max(limit - size, limit / 4);
        return size;
    }

    /**
     * The start of a host entry on the current thread; {@code entryRealm} (when not null) is where
     * the RangeErrors are created.
     */
    public void enter(Realm entryRealm) {
        if (entries++ == 0) {
            previous = ACTIVE.get();
            ACTIVE.set(this);
            entryStart = allocation.current();
            strikes = 0;
        }
        if (entryRealm != null) {
            realm = entryRealm;
        }
    }

    /** The end of a host entry. */
    public void exit() {
        if (--entries == 0) {
            allocatedBefore += allocation.current() - entryStart;
            if (previous == null) {
                ACTIVE.remove();
            } else {
                ACTIVE.set(previous);
            }
            previous = null;
        }
    }

    private long allocatedSinceMeasurement() {
        return allocatedBefore + allocation.current() - entryStart;
    }

    /** Called from the interrupt poll: measures when enough was allocated since the last time. */
    public void poll() {
        if (entries == 0) {
            return;
        }
        if (allocation.supported()) {
            if (allocatedSinceMeasurement() > nextMeasurement) {
                check(0);
            }
        } else if (++pollsSinceMeasurement >= 64) {
            // no allocation counter on this JVM: measure every 64 polls (about 250,000 jumps and calls)
            check(0);
        }
    }

    /** Before an allocation of about {@code bytes}: a RangeError if it cannot fit under the limit. */
    public void reserve(long bytes) {
        if (entries == 0) {
            return;
        }
        long known = retained < 0 ? 0 : retained;
        if (known + allocatedSinceMeasurement() + bytes > limit) {
            check(bytes);
        }
    }

    private void check(long request) {
        // one measurement per sixteenth of the limit allocated at most: a script retrying a
        // refused allocation in a loop does not walk the heap each time
        long size = retained >= 0 && allocatedSinceMeasurement() < limit / 16 ? retained : measure();
        if (size <= limit - limit / 4) {
            strikes = 0;
        }
        if (size > limit) {
            fail("Out of memory: the runtime keeps " + size + " bytes, over its limit of " + limit + " bytes");
        }
        if (size + request > limit) {
            fail("Out of memory: cannot allocate " + request + " bytes within the memory limit of " + limit + " bytes");
        }
    }

    /**
     * The first failure of an entry is a RangeError, so the script can drop data; another one
     * before a measurement finds the runtime clearly under the limit (three quarters of it)
     * terminates the script.
     */
    private void fail(String message) {
        if (++strikes > 1) {
            throw new ScriptTerminatedException("Script terminated: " + message, ScriptTerminatedException.Reason.MEMORY_LIMIT);
        }
        nextMeasurement = limit / 8;
        throw Errors.rangeError(realm, message);
    }

    // ---- static entry points for allocation sites ----

    /** For allocation sites with a realm at hand: checks a request of {@code bytes} when it is large. */
    public static void reserve(Realm realm, long bytes) {
        if (bytes >= LARGE_REQUEST) {
            MemoryAccount m = realm.stack.memory;
            if (m != null) {
                m.reserve(bytes);
            }
        }
    }

    /** For a string of {@code length} code units built where no realm is at hand (flattening a rope). */
    public static void reserveChars(long length) {
        if (length >= LARGE_REQUEST && anyAccount) {
            MemoryAccount m = ACTIVE.get();
            if (m != null) {
                m.reserve(length);
            }
        }
    }

    /** For element and slot storage (no realm at hand): checks a request for {@code count} references when it is large. */
    public static void reserveReferences(long count) {
        // the size test first: most growth is small and then the volatile flag is not even read
        if (count * RetainedSize.REFERENCE_SIZE >= LARGE_REQUEST && anyAccount) {
            MemoryAccount m = ACTIVE.get();
            if (m != null) {
                m.reserve(count * RetainedSize.REFERENCE_SIZE);
            }
        }
    }

    /** HotSpot's per-thread allocation counter, when the JVM has one. */
    private record ThreadAllocation(com.sun.management.ThreadMXBean bean) {
        static ThreadAllocation create() {
            try {
                if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean b
                    && b.isThreadAllocatedMemorySupported()) {
                    if (!b.isThreadAllocatedMemoryEnabled()) {
                        b.setThreadAllocatedMemoryEnabled(true);
                    }
                    return new ThreadAllocation(b);
                }
            } catch (RuntimeException | LinkageError e) {
                // no java.management module or no permission: fall back to counting polls
            }
            return new ThreadAllocation(null);
        }

        boolean supported() {
            return bean != null;
        }

        long current() {
            return bean == null ? 0 : bean.getCurrentThreadAllocatedBytes();
        }
    }
}
