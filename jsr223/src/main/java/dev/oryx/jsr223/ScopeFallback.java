package dev.oryx.jsr223;

import java.util.ArrayList;
import java.util.List;

import javax.script.Bindings;
import javax.script.ScriptContext;

import dev.oryx.api.JSContext;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Realm;

/**
 * The read-through to {@code GLOBAL_SCOPE}: an exotic object placed between a context's global
 * object and {@code Object.prototype}. A name that is neither a global property nor a global
 * {@code let}/{@code const} is looked up in the GLOBAL_SCOPE bindings of the ScriptContext of the
 * running evaluation, at the moment it is read. Assigning such a name creates a global property
 * (ENGINE_SCOPE); the GLOBAL_SCOPE bindings are never written by scripts.
 */
final class ScopeFallback extends JSObject {
    private final JSContext context;
    /** The ScriptContext of the evaluation running in this context, or null. */
    volatile ScriptContext current;

    ScopeFallback(JSContext context) {
        super(context.realm().objectPrototype.childRootShape(), true);
        this.context = context;
    }

    private Bindings globalScope() {
        ScriptContext c = current;
        return c == null ? null : c.getBindings(ScriptContext.GLOBAL_SCOPE);
    }

    @Override
    public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
        Bindings g = globalScope();
        if (g == null || !(key instanceof String name) || name.isEmpty() || !g.containsKey(name)) {
            return null;
        }
        return PropertyDescriptor.data(context.asValue(g.get(name)).raw(), Shape.DEFAULT);
    }

    @Override
    public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
        return false;
    }

    @Override
    public boolean delete(Realm realm, Object key) {
        return getOwnProperty(realm, key) == null;
    }

    @Override
    public List<Object> ownPropertyKeys(Realm realm) {
        List<Object> keys = new ArrayList<>();
        Bindings g = globalScope();
        if (g != null) {
            for (String k : g.keySet()) {
                if (!k.isEmpty() && dev.oryx.object.PropertyKey.arrayIndex(k) < 0) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }
}
