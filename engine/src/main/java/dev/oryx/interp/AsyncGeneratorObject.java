package dev.oryx.interp;

import java.util.ArrayDeque;

import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;

/** An async generator instance (27.6): state, body frame and the queue of next/throw/return requests. */
public final class AsyncGeneratorObject extends JSObject {
    public static final int SUSPENDED_START = 0;
    public static final int SUSPENDED_YIELD = 1;
    public static final int EXECUTING = 2;
    public static final int AWAITING_RETURN = 3;
    public static final int COMPLETED = 4;

    /** [[AsyncGeneratorState]] */
    int state = SUSPENDED_START;
    Frame frame;
    /** [[AsyncGeneratorQueue]] */
    final ArrayDeque<Request> queue = new ArrayDeque<>(2);

    /** An AsyncGeneratorRequest Record (27.6.3.1): a completion (kind and value) and its capability. */
    record Request(int kind, Object value, Promises.Capability capability) {
    }

    AsyncGeneratorObject(Shape shape, Frame frame) {
        super(shape);
        this.frame = frame;
    }

    public int state() {
        return state;
    }
}
