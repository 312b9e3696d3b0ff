package dev.oryx.interp;

import java.util.IdentityHashMap;

import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.PrivateElement;
import dev.oryx.object.PrivateName;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/** Private elements of objects (7.3.26-7.3.32): fields, methods and accessors keyed by Private Names. */
final class Privates {
    private Privates() {
    }

    private static PrivateElement find(Object o, PrivateName name) {
        IdentityHashMap<PrivateName, PrivateElement> elements = o instanceof JSObject obj ? obj.privateElements() : null;
        return elements == null ? null : elements.get(name);
    }

    static Object get(Realm realm, Object o, PrivateName name) {
        PrivateElement e = find(o, name);
        if (e == null) {
            throw Errors.typeError(realm, "Cannot read private member " + name + " from an object whose class did not declare it");
        }
        if (e.kind != PrivateElement.Kind.ACCESSOR) {
            return e.value;
        }
        if (e.getter == null) {
            throw Errors.typeError(realm, "'" + name + "' was defined without a getter");
        }
        return ((JSFunction) e.getter).call(o, JSFunction.NO_ARGS);
    }

    static void set(Realm realm, Object o, PrivateName name, Object value) {
        PrivateElement e = find(o, name);
        if (e == null) {
            throw Errors.typeError(realm, "Cannot write private member " + name + " to an object whose class did not declare it");
        }
        switch (e.kind) {
            case FIELD -> e.value = value;
            case METHOD -> throw Errors.typeError(realm, "Private method " + name + " is not writable");
            case ACCESSOR -> {
                if (e.setter == null) {
                    throw Errors.typeError(realm, "'" + name + "' was defined without a setter");
                }
                ((JSFunction) e.setter).call(o, new Object[] {value});
            }
        }
    }

    static void addField(Realm realm, Object o, PrivateName name, Object value) {
        JSObject obj = (JSObject) o;
        if (find(obj, name) != null) {
            throw Errors.typeError(realm, "Cannot initialize " + name + " twice on the same object");
        }
        obj.privateElementsForUpdate().put(name, new PrivateElement(PrivateElement.Kind.FIELD, value));
    }

    /** PrivateMethodOrAccessorAdd; {@code accessor}: 0 method, 1 getter, 2 setter. */
    static void addMethod(Realm realm, JSObject o, PrivateName name, JSFunction fn, int accessor) {
        PrivateElement existing = find(o, name);
        if (accessor == 0) {
            if (existing != null) {
                throw Errors.typeError(realm, "Cannot initialize private methods of class twice on the same object");
            }
            o.privateElementsForUpdate().put(name, new PrivateElement(PrivateElement.Kind.METHOD, fn));
            return;
        }
        PrivateElement e = existing;
        if (e == null) {
            e = new PrivateElement(PrivateElement.Kind.ACCESSOR, Undefined.INSTANCE);
            o.privateElementsForUpdate().put(name, e);
        } else if (e.kind != PrivateElement.Kind.ACCESSOR || (accessor == 1 ? e.getter != null : e.setter != null)) {
            throw Errors.typeError(realm, "Cannot initialize private methods of class twice on the same object");
        }
        if (accessor == 1) {
            e.getter = fn;
        } else {
            e.setter = fn;
        }
    }

    static boolean has(Realm realm, PrivateName name, Object o) {
        if (!(o instanceof JSObject)) {
            throw Errors.typeError(realm, "Cannot use 'in' operator to search for '" + name + "' in a non-object");
        }
        return find(o, name) != null;
    }
}
