package dev.oryx.api;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;

/**
 * A {@code java.util.List} seen as an array-like object (see {@link HostAccess}): indices
 * {@code 0..size-1}, a writable {@code length}, {@code Array.prototype} as prototype. Writes the
 * list refuses (read-only or type-checked lists) are refused writes in JavaScript.
 */
final class HostListView extends HostWrapper {
    @SuppressWarnings("unchecked")
    private List<Object> list() {
        return (List<Object>) target;
    }

    HostListView(HostBridge bridge, List<?> list) {
        super(bridge, list, bridge.realm.arrayPrototype);
    }

    @Override
    public String builtinTag() {
        return "JavaList";
    }

    @Override
    PropertyDescriptor ownProperty(Object key) {
        if (PropertyKey.isIndex(key)) {
            long i = PropertyKey.index(key);
            List<Object> l = list();
            if (i < l.size()) {
                return PropertyDescriptor.data(bridge.toJS(l.get((int) i)), Shape.DEFAULT);
            }
            return null;
        }
        if ("length".equals(key)) {
            return PropertyDescriptor.data(list().size(), Shape.WRITABLE);
        }
        return null;
    }

    @Override
    boolean write(Object key, Object value) {
        List<Object> l = list();
        try {
            if (PropertyKey.isIndex(key)) {
                long i = PropertyKey.index(key);
                int size = l.size();
                if (i < size) {
                    l.set((int) i, bridge.natural(value));
                    return true;
                }
                if (i == size) {
                    l.add(bridge.natural(value));
                    return true;
                }
                return false;
            }
            if ("length".equals(key)) {
                double d = Conversions.toNumber(bridge.realm, value);
                if (d < 0 || d != Math.floor(d) || d > Integer.MAX_VALUE) {
                    return false;
                }
                int n = (int) d;
                int size = l.size();
                if (n < size) {
                    l.subList(n, size).clear();
                } else {
                    for (int k = size; k < n; k++) {
                        l.add(null);
                    }
                }
                return true;
            }
        } catch (UnsupportedOperationException | ClassCastException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
        return false;
    }

    @Override
    boolean remove(Object key) {
        if (!PropertyKey.isIndex(key)) {
            return false;
        }
        List<Object> l = list();
        int i = (int) PropertyKey.index(key);
        try {
            if (i == l.size() - 1) {
                l.remove(i);
            } else {
                l.set(i, null);
            }
            return true;
        } catch (UnsupportedOperationException | NullPointerException e) {
            return false;
        }
    }

    @Override
    List<Object> keys() {
        int n = list().size();
        List<Object> keys = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            keys.add(i);
        }
        keys.add("length");
        return keys;
    }
}
