package dev.oryx.object;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A FinalizationRegistry object (26.2): [[CleanupCallback]] and [[Cells]]. Each cell is a
 * {@link WeakReference} to its target registered with the realm's {@link WeakRefJobs} queue, so
 * the collector reports dead targets there and the host runs the cleanups (see
 * {@link WeakRefJobs#runFinalizationCleanups}).
 *
 * <p>The held value is held strongly, as the spec requires; a held value that references its
 * target keeps the target alive. Unregister tokens are held weakly.
 */
public final class JSFinalizationRegistry extends JSObject {
    /** [[CleanupCallback]] */
    public final JSFunction cleanupCallback;
    private final ReferenceQueue<JSObject> queue;
    /** [[Cells]] whose cleanup has not run; identity set (cells do not override equals). */
    private final Set<Cell> cells = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Cells by [[UnregisterToken]], for unregister. */
    private final WeakHashMap<JSObject, List<Cell>> cellsByToken = new WeakHashMap<>();

    /** One record of [[Cells]]: the weak target, the held value and the weak unregister token. */
    static final class Cell extends WeakReference<JSObject> {
        final JSFinalizationRegistry registry;
        final Object heldValue;
        final WeakReference<JSObject> unregisterToken;

        Cell(JSObject target, ReferenceQueue<JSObject> queue, JSFinalizationRegistry registry, Object heldValue, JSObject token) {
            super(target, queue);
            this.registry = registry;
            this.heldValue = heldValue;
            this.unregisterToken = token == null ? null : new WeakReference<>(token);
        }
    }

    public JSFinalizationRegistry(Shape shape, JSFunction cleanupCallback, WeakRefJobs jobs) {
        super(shape);
        this.cleanupCallback = cleanupCallback;
        this.queue = jobs.collected;
    }

    @Override
    public String builtinTag() {
        return "FinalizationRegistry";
    }

    /** Appends a cell (26.2.3.2 steps 5-7); {@code unregisterToken} may be null (the spec's empty). */
    public void register(JSObject target, Object heldValue, JSObject unregisterToken) {
        Cell cell = new Cell(target, queue, this, heldValue, unregisterToken);
        cells.add(cell);
        if (unregisterToken != null) {
            cellsByToken.computeIfAbsent(unregisterToken, k -> new ArrayList<>(1)).add(cell);
        }
    }

    /** Removes the cells registered with {@code unregisterToken} (26.2.3.3 steps 4-5); true if any was. */
    public boolean unregister(JSObject unregisterToken) {
        List<Cell> list = cellsByToken.remove(unregisterToken);
        if (list == null) {
            return false;
        }
        boolean removed = false;
        for (Cell c : list) {
            removed |= cells.remove(c);
        }
        return removed;
    }

    /**
     * Takes a cell whose target was collected out of [[Cells]]; false when it was unregistered
     * in the meantime (then its callback must not run).
     */
    boolean takeCollected(Cell cell) {
        if (!cells.remove(cell)) {
            return false;
        }
        JSObject token = cell.unregisterToken == null ? null : cell.unregisterToken.get();
        if (token != null) {
            List<Cell> list = cellsByToken.get(token);
            if (list != null) {
                list.remove(cell);
                if (list.isEmpty()) {
                    cellsByToken.remove(token);
                }
            }
        }
        return true;
    }

    /** Number of live cells (for tests). */
    public int cellCount() {
        return cells.size();
    }
}
