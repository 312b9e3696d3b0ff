package dev.oryx.object;

import java.lang.ref.WeakReference;

/** A WeakRef object (26.1): an ordinary object with a [[WeakRefTarget]] slot. */
public final class JSWeakRef extends JSObject {
    /** [[WeakRefTarget]]: cleared by the collector once the target is unreachable. */
    public final WeakReference<JSObject> weakRefTarget;

    public JSWeakRef(Shape shape, JSObject target) {
        super(shape);
        this.weakRefTarget = new WeakReference<>(target);
    }

    @Override
    public String builtinTag() {
        return "WeakRef";
    }
}
