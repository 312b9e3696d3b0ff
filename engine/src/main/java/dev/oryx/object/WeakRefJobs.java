package dev.oryx.object;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import dev.oryx.runtime.Undefined;

/**
 * The host's side of WeakRef and FinalizationRegistry for one realm (9.10 and 9.13 of ECMA-262):
 * the [[KeptAlive]] list and the queue of finalization cleanups. There is no job queue in the
 * engine yet, so the host drives both:
 * <ul>
 *   <li>{@link #clearKeptObjects()} when a synchronous run of script ends (ClearKeptObjects, 9.10.3):
 *       until then every object returned by {@code WeakRef.prototype.deref} or passed to
 *       {@code new WeakRef} stays alive, so a job sees a consistent answer.</li>
 *   <li>{@link #runFinalizationCleanups()} from its job loop, when no script is running
 *       (HostEnqueueFinalizationRegistryCleanupJob, 9.13): calls the cleanup callback of each
 *       registry for each of its targets the collector has found dead.</li>
 * </ul>
 * Nothing is cleaned up while script holds the targets, nor before the JVM's collector runs.
 */
public final class WeakRefJobs {
    /** [[KeptAlive]]: identity set. */
    private final Set<JSObject> keptAlive = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Where the collector puts the cells of dead targets. */
    final ReferenceQueue<JSObject> collected = new ReferenceQueue<>();

    /** AddToKeptObjects (9.10.2) */
    public void addToKeptObjects(JSObject o) {
        keptAlive.add(o);
    }

    /** ClearKeptObjects (9.10.3): the host calls it when a synchronous execution ends. */
    public void clearKeptObjects() {
        keptAlive.clear();
    }

    /** Number of objects kept alive until the next {@link #clearKeptObjects()} (for tests). */
    public int keptObjectCount() {
        return keptAlive.size();
    }

    /**
     * Runs the pending cleanups: for every cell whose target the collector has cleared and that was
     * not unregistered, removes it and calls its registry's cleanup callback with its held value
     * and this undefined (CleanupFinalizationRegistry, 26.2.4.1, one cell at a time). An exception
     * from a callback propagates to the host (HostReportErrors is the host's); cells not yet
     * reached stay queued for the next call.
     *
     * @return the number of callbacks called
     */
    public int runFinalizationCleanups() {
        int count = 0;
        Reference<? extends JSObject> ref;
        while ((ref = collected.poll()) != null) {
            JSFinalizationRegistry.Cell cell = (JSFinalizationRegistry.Cell) ref;
            if (cell.registry.takeCollected(cell)) {
                count++;
                cell.registry.cleanupCallback.call(Undefined.INSTANCE, new Object[] {cell.heldValue});
            }
        }
        return count;
    }
}
