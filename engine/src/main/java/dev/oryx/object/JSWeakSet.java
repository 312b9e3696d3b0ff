package dev.oryx.object;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A WeakSet object (24.4): an ordinary object with a [[WeakSetData]] slot whose members are held
 * weakly (by a {@link WeakHashMap}, comparing objects by identity).
 */
public final class JSWeakSet extends JSObject {
    /** [[WeakSetData]] */
    public final Set<JSObject> weakSetData = Collections.newSetFromMap(new WeakHashMap<>());

    public JSWeakSet(Shape shape) {
        super(shape);
    }

    @Override
    public String builtinTag() {
        return "WeakSet";
    }
}
