package dev.oryx.api;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;

import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyKey;
import dev.oryx.runtime.ObjectOperations;

/**
 * Java collection views of JavaScript objects ({@link JSValue#asList()}, {@link JSValue#asMap()}),
 * also what host methods receive for {@code List} and {@code Map} parameters. Every operation is
 * a call into the context (thread rules of {@link JSRuntime}).
 */
final class JSViews {
    private JSViews() {
    }

    /** An array-like object as a List of natural Java values. */
    static final class ListView extends AbstractList<Object> {
        private final JSContext context;
        private final JSObject object;

        ListView(JSContext context, JSObject object) {
            this.context = context;
            this.object = object;
        }

        @Override
        public Object get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            return context.within(() -> context.bridge.natural(object.get(context.realm(), PropertyKey.fromIndex(index), object)));
        }

        @Override
        public Object set(int index, Object element) {
            Object old = get(index);
            context.within(() -> {
                ObjectOperations.set(context.realm(), object, PropertyKey.fromIndex(index), context.bridge.toJS(element), true);
                return null;
            });
            return old;
        }

        @Override
        public boolean add(Object element) {
            context.within(() -> {
                long n = ObjectOperations.lengthOfArrayLike(context.realm(), object);
                ObjectOperations.set(context.realm(), object, PropertyKey.fromIndex(n), context.bridge.toJS(element), true);
                ObjectOperations.set(context.realm(), object, "length", dev.oryx.runtime.Conversions.number(n + 1), true);
                return null;
            });
            modCount++;
            return true;
        }

        @Override
        public int size() {
            return context.within(() -> (int) Math.min(Integer.MAX_VALUE, ObjectOperations.lengthOfArrayLike(context.realm(), object)));
        }
    }

    /** An object's own enumerable string-keyed properties as a Map of natural Java values. */
    static final class MapView extends StringKeyedMap {
        private final JSContext context;
        private final JSObject object;

        MapView(JSContext context, JSObject object) {
            this.context = context;
            this.object = object;
        }

        @Override
        protected List<String> keys() {
            return new JSValue(context, object).keys();
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String s && context.within(() -> ObjectOperations.hasOwnProperty(context.realm(), object, PropertyKey.fromString(s)));
        }

        @Override
        public Object get(Object key) {
            if (!containsKey(key)) {
                return null;
            }
            String s = (String) key;
            return context.within(() -> context.bridge.natural(object.get(context.realm(), PropertyKey.fromString(s), object)));
        }

        @Override
        public Object put(String key, Object value) {
            Object old = get(key);
            context.within(() -> {
                ObjectOperations.set(context.realm(), object, PropertyKey.fromString(key), context.bridge.toJS(value), true);
                return null;
            });
            return old;
        }

        @Override
        public Object remove(Object key) {
            Object old = get(key);
            if (key instanceof String s) {
                context.within(() -> {
                    ObjectOperations.deletePropertyOrThrow(context.realm(), object, PropertyKey.fromString(s));
                    return null;
                });
            }
            return old;
        }
    }
}
