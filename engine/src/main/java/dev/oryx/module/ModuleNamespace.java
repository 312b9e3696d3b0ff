package dev.oryx.module;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * A module namespace exotic object (10.4.6): the module's exports, sorted by code units, as
 * non-configurable writable data properties whose values are read live from the exporting
 * modules' cells; a null prototype, not extensible, and @@toStringTag "Module".
 */
final class ModuleNamespace extends JSObject {
    private final ModuleHost host;
    private final ModuleRecord module;
    /** [[Exports]], sorted. */
    private final List<String> exports;

    ModuleNamespace(Realm realm, ModuleHost host, ModuleRecord module, List<String> exports) {
        super(realm.nullProtoRoot, true);
        this.host = host;
        this.module = module;
        List<String> sorted = new ArrayList<>(exports);
        Collections.sort(sorted);
        this.exports = List.copyOf(sorted);
        defineOwn(Symbol.TO_STRING_TAG, "Module", 0);
        super.preventExtensions(realm);
    }

    /** The export name a property key stands for, or null for symbols. */
    private static String name(Object key) {
        if (key instanceof Symbol) {
            return null;
        }
        return key instanceof String s ? s : String.valueOf(PropertyKey.index(key));
    }

    @Override
    public JSObject getPrototypeOf(Realm realm) {
        return null;
    }

    @Override
    public boolean setPrototypeOf(Realm realm, JSObject proto) {
        return proto == null;
    }

    @Override
    public boolean isExtensible(Realm realm) {
        return false;
    }

    @Override
    public boolean preventExtensions(Realm realm) {
        return true;
    }

    @Override
    public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
        String n = name(key);
        if (n == null) {
            return super.getOwnProperty(realm, key);
        }
        if (!exports.contains(n)) {
            return null;
        }
        Object value = host.exportValue(module, n);
        return PropertyDescriptor.data(value, Shape.WRITABLE | Shape.ENUMERABLE);
    }

    @Override
    public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
        String n = name(key);
        if (n == null) {
            return super.defineOwnProperty(realm, key, desc);
        }
        PropertyDescriptor current = getOwnProperty(realm, key);
        if (current == null) {
            return false;
        }
        if (desc.hasConfigurable() && desc.configurable()) {
            return false;
        }
        if (desc.hasEnumerable() && !desc.enumerable()) {
            return false;
        }
        if (desc.isAccessorDescriptor()) {
            return false;
        }
        if (desc.hasWritable() && !desc.writable()) {
            return false;
        }
        if (desc.hasValue()) {
            return Equality.sameValue(desc.value(), current.value());
        }
        return true;
    }

    @Override
    public boolean hasProperty(Realm realm, Object key) {
        String n = name(key);
        if (n == null) {
            return super.getOwnProperty(realm, key) != null;
        }
        return exports.contains(n);
    }

    @Override
    protected boolean forwardsHasProperty() {
        return true;
    }

    @Override
    public Object get(Realm realm, Object key, Object receiver) {
        String n = name(key);
        if (n == null) {
            PropertyDescriptor d = super.getOwnProperty(realm, key);
            return d == null ? Undefined.INSTANCE : d.value();
        }
        if (!exports.contains(n)) {
            return Undefined.INSTANCE;
        }
        return host.exportValue(module, n);
    }

    @Override
    public boolean set(Realm realm, Object key, Object value, Object receiver) {
        return false;
    }

    @Override
    public boolean delete(Realm realm, Object key) {
        String n = name(key);
        if (n == null) {
            return super.delete(realm, key);
        }
        return !exports.contains(n);
    }

    @Override
    public List<Object> ownPropertyKeys(Realm realm) {
        List<Object> keys = new ArrayList<>();
        for (String e : exports) {
            keys.add(PropertyKey.fromString(e));
        }
        keys.add(Symbol.TO_STRING_TAG);
        return keys;
    }
}
