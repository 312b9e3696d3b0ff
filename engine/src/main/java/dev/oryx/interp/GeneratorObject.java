package dev.oryx.interp;

import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;

/**
 * A generator instance (27.5): its state and the heap frame of its body. A suspended generator
 * is this object and its frame, nothing else: no thread, no copied stack.
 */
public final class GeneratorObject extends JSObject {
    public static final int SUSPENDED_START = 0;
    public static final int SUSPENDED_YIELD = 1;
    public static final int EXECUTING = 2;
    public static final int COMPLETED = 3;

    /** [[GeneratorState]] */
    int state = SUSPENDED_START;
    /** The body's frame; null once completed. */
    Frame frame;

    GeneratorObject(Shape shape, Frame frame) {
        super(shape);
        this.frame = frame;
    }

    /** One of {@link #SUSPENDED_START}, {@link #SUSPENDED_YIELD}, {@link #EXECUTING}, {@link #COMPLETED}. */
    public int state() {
        return state;
    }

    /**
     * Where the suspended body waits, as a stack line "name (file:line:column)"; null unless
     * the generator is suspended. For hosts that list waiting coroutines (their frames are off the
     * stack, so no Error captures them).
     */
    public String suspendedAt() {
        Frame f = frame;
        if (f == null || (state != SUSPENDED_START && state != SUSPENDED_YIELD)) {
            return null;
        }
        String name = f.code.name;
        return (name.isEmpty() ? "<anonymous>" : name) + " (" + f.code.position(f.pc) + ")";
    }
}
