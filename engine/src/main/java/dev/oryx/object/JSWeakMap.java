package dev.oryx.object;

import java.util.WeakHashMap;

/**
 * A WeakMap object (24.3): an ordinary object with a [[WeakMapData]] slot whose keys are held
 * weakly.
 *
 * <p>Limitation: Java has no ephemerons. The entries are held by a {@link WeakHashMap}, whose
 * values are strongly reachable from the map, so a value that references its own key (directly or
 * through other objects) keeps that key, and so the entry, alive for as long as the WeakMap lives.
 * Entries whose values do not reach their keys are collected as the spec intends. Keys are compared
 * by identity: {@link JSObject} does not override {@code equals} and {@code hashCode}.
 */
public final class JSWeakMap extends JSObject {
    /** [[WeakMapData]] */
    public final WeakHashMap<JSObject, Object> weakMapData = new WeakHashMap<>();

    public JSWeakMap(Shape shape) {
        super(shape);
    }

    @Override
    public String builtinTag() {
        return "WeakMap";
    }
}
