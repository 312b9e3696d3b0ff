package dev.oryx.api;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;

/**
 * A Java array seen as an array-like object (see {@link HostAccess}): indices, a read-only
 * {@code length}, {@code Array.prototype} as prototype. A write converts the value to the
 * component type as a host method argument would, and is refused when it cannot.
 */
final class HostArrayView extends HostWrapper {
    HostArrayView(HostBridge bridge, Object array) {
        super(bridge, array, bridge.realm.arrayPrototype);
    }

    @Override
    public String builtinTag() {
        return "JavaArray";
    }

    @Override
    PropertyDescriptor ownProperty(Object key) {
        if (PropertyKey.isIndex(key)) {
            long i = PropertyKey.index(key);
            if (i < Array.getLength(target)) {
                return PropertyDescriptor.data(bridge.toJS(Array.get(target, (int) i)), Shape.WRITABLE | Shape.ENUMERABLE);
            }
            return null;
        }
        if ("length".equals(key)) {
            return PropertyDescriptor.data(Array.getLength(target), 0);
        }
        return null;
    }

    @Override
    boolean write(Object key, Object value) {
        if (!PropertyKey.isIndex(key)) {
            return false;
        }
        long i = PropertyKey.index(key);
        if (i >= Array.getLength(target)) {
            return false;
        }
        Class<?> component = target.getClass().getComponentType();
        if (bridge.score(value, component) < 0) {
            return false;
        }
        try {
            Array.set(target, (int) i, bridge.toJava(value, component));
            return true;
        } catch (IllegalArgumentException | ArrayStoreException e) {
            return false;
        }
    }

    @Override
    boolean remove(Object key) {
        return false;
    }

    @Override
    List<Object> keys() {
        int n = Array.getLength(target);
        List<Object> keys = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            keys.add(i);
        }
        keys.add("length");
        return keys;
    }
}
