package dev.oryx.interp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.PropertyKey;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;

/**
 * EnumerateObjectProperties (14.7.5.9): string keys of the object, then of its prototypes, in
 * [[OwnPropertyKeys]] order, without duplicates; a key deleted before it is reached is skipped,
 * and only enumerable properties are returned. Not a JavaScript value (lives in a register).
 */
final class ForInIterator {
    private JSObject object;
    private final Set<Object> visited = new HashSet<>();
    private List<Object> keys = new ArrayList<>();
    private int index;

    private ForInIterator(JSObject object) {
        this.object = object;
    }

    static ForInIterator of(Realm realm, Object value) {
        ForInIterator it = new ForInIterator(Conversions.isNullish(value) ? null : Conversions.toObject(realm, value));
        if (it.object != null) {
            it.keys = it.object.ownPropertyKeys(realm);
        }
        return it;
    }

    /** The next key as a string, or null when done. */
    Object next(Realm realm) {
        while (object != null) {
            while (index < keys.size()) {
                Object key = keys.get(index++);
                if (key instanceof Symbol) {
                    continue;
                }
                Object normalized = PropertyKey.isIndex(key) ? (Object) PropertyKey.index(key) : key;
                if (!visited.add(normalized)) {
                    continue;
                }
                PropertyDescriptor d = object.getOwnProperty(realm, key);
                if (d != null && d.enumerable()) {
                    return Conversions.keyToValue(key);
                }
            }
            object = object.getPrototypeOf(realm);
            keys = object == null ? List.of() : object.ownPropertyKeys(realm);
            index = 0;
        }
        return null;
    }
}
