package dev.oryx.interp;

import java.util.ArrayList;

import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;

/** A Promise instance (27.2.6): its state, result and pending reactions. */
public final class JSPromise extends JSObject {
    public static final int PENDING = 0;
    public static final int FULFILLED = 1;
    public static final int REJECTED = 2;

    int state = PENDING;
    Object result;
    /** [[PromiseFulfillReactions]] and [[PromiseRejectReactions]]: one reaction serves both lists. */
    ArrayList<Promises.Reaction> reactions;
    /** [[PromiseIsHandled]] */
    boolean handled;

    public JSPromise(Shape shape) {
        super(shape);
    }

    /** {@link #PENDING}, {@link #FULFILLED} or {@link #REJECTED}. */
    public int state() {
        return state;
    }

    /** The value or reason once settled (null while pending). */
    public Object result() {
        return result;
    }
}
