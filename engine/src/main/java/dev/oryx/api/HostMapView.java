package dev.oryx.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;

/**
 * A {@code java.util.Map} seen as an object (see {@link HostAccess}): its {@code String} keys are
 * enumerable, writable, configurable data properties in the map's iteration order; writes put,
 * {@code delete} removes; keys of other types are not visible.
 */
final class HostMapView extends HostWrapper {
    HostMapView(HostBridge bridge, Map<?, ?> map) {
        super(bridge, map, bridge.realm.objectPrototype);
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> map() {
        return (Map<Object, Object>) target;
    }

    @Override
    public String builtinTag() {
        return "JavaMap";
    }

    private static String name(Object key) {
        if (PropertyKey.isIndex(key)) {
            return String.valueOf(PropertyKey.index(key));
        }
        return key instanceof String s ? s : null;
    }

    @Override
    PropertyDescriptor ownProperty(Object key) {
        String name = name(key);
        if (name == null) {
            return null;
        }
        Map<Object, Object> m = map();
        Object v;
        try {
            v = m.get(name);
            if (v == null && !m.containsKey(name)) {
                return null;
            }
        } catch (ClassCastException | NullPointerException e) {
            return null;
        }
        return PropertyDescriptor.data(bridge.toJS(v), Shape.DEFAULT);
    }

    @Override
    boolean write(Object key, Object value) {
        String name = name(key);
        if (name == null) {
            return false;
        }
        try {
            map().put(name, bridge.natural(value));
            return true;
        } catch (UnsupportedOperationException | ClassCastException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    @Override
    boolean remove(Object key) {
        try {
            map().remove(name(key));
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    List<Object> keys() {
        List<Object> keys = new ArrayList<>();
        List<Object> indices = new ArrayList<>();
        for (Object k : map().keySet()) {
            if (k instanceof String s) {
                Object key = PropertyKey.fromString(s);
                (PropertyKey.isIndex(key) ? indices : keys).add(key);
            }
        }
        // integer-like keys first, ascending, as for ordinary objects
        indices.sort((a, b) -> Long.compare(PropertyKey.index(a), PropertyKey.index(b)));
        indices.addAll(keys);
        return indices;
    }
}
