package dev.oryx.api;

import java.util.List;

import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.runtime.MemoryAccount;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * The common shape of the exotic objects that show a Java object to scripts: own properties come
 * from the Java object ({@link #ownProperty}, {@link #write}, {@link #remove}, {@link #keys}), the
 * prototype is fixed, and nothing can be added that the Java object cannot hold. Accessor
 * definitions, prototype changes and {@code Object.preventExtensions} are refused.
 */
abstract class HostWrapper extends JSObject {
    /** The Java object; the host's memory, not the runtime's. */
    @MemoryAccount.NotRetained
    final Object target;
    final HostBridge bridge;

    HostWrapper(HostBridge bridge, Object target, JSObject proto) {
        super(proto.childRootShape(), true);
        this.bridge = bridge;
        this.target = target;
    }

    /** The own property {@code key} as a data descriptor, or null. */
    abstract PropertyDescriptor ownProperty(Object key);

    /** Stores {@code value} (a JavaScript value) under {@code key}; false when the Java object refuses. */
    abstract boolean write(Object key, Object value);

    /** Removes the existing own property {@code key}; false when it cannot be removed. */
    abstract boolean remove(Object key);

    /** Own property keys, canonical ({@code PropertyKey}) form. */
    abstract List<Object> keys();

    @Override
    public final PropertyDescriptor getOwnProperty(Realm realm, Object key) {
        return ownProperty(key);
    }

    @Override
    public final boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
        if (desc.isAccessorDescriptor()) {
            return false;
        }
        if (!desc.hasValue()) {
            return ownProperty(key) != null;
        }
        return write(key, desc.value());
    }

    @Override
    public final Object get(Realm realm, Object key, Object receiver) {
        PropertyDescriptor d = ownProperty(key);
        if (d != null) {
            return d.value();
        }
        JSObject proto = getPrototypeOf(realm);
        return proto == null ? Undefined.INSTANCE : proto.get(realm, key, receiver);
    }

    @Override
    public final boolean set(Realm realm, Object key, Object value, Object receiver) {
        if (receiver == this && ownProperty(key) != null) {
            return write(key, value);
        }
        return super.set(realm, key, value, receiver);
    }

    @Override
    public final boolean delete(Realm realm, Object key) {
        return ownProperty(key) == null || remove(key);
    }

    @Override
    public final List<Object> ownPropertyKeys(Realm realm) {
        return keys();
    }

    @Override
    public final boolean setPrototypeOf(Realm realm, JSObject proto) {
        return proto == getPrototypeOf(realm);
    }

    @Override
    public final boolean preventExtensions(Realm realm) {
        return false;
    }

    @Override
    public final boolean isExtensible(Realm realm) {
        return true;
    }
}
