package dev.oryx.object;

import java.util.List;

import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;

/**
 * A Proxy exotic object whose target is not callable (10.5): every internal method goes to
 * {@link ProxyInternals}. Callable targets get a {@link ProxyFunction} instead, so that the
 * interpreter's "is it a JSFunction" test is the whole of IsCallable.
 */
public final class ProxyObject extends JSObject implements ObjectOperations.ArrayLikeProxy {
    final ProxyInternals internals;

    ProxyObject(Shape shape, JSObject target, JSObject handler) {
        super(shape, true);
        this.internals = new ProxyInternals(target, handler);
    }

    public ProxyInternals internals() {
        return internals;
    }

    @Override
    public boolean isArrayTarget(Realm realm) {
        return internals.isArrayTarget(realm);
    }

    @Override
    protected boolean hasCustomGetPrototypeOf() {
        return true;
    }

    @Override
    protected boolean forwardsHasProperty() {
        return true;
    }

    @Override
    public JSObject getPrototypeOf(Realm realm) {
        return internals.getPrototypeOf(realm);
    }

    @Override
    public boolean setPrototypeOf(Realm realm, JSObject proto) {
        return internals.setPrototypeOf(realm, proto);
    }

    @Override
    public boolean isExtensible(Realm realm) {
        return internals.isExtensible(realm);
    }

    @Override
    public boolean preventExtensions(Realm realm) {
        return internals.preventExtensions(realm);
    }

    @Override
    public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
        return internals.getOwnProperty(realm, key);
    }

    @Override
    public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
        return internals.defineOwnProperty(realm, key, desc);
    }

    @Override
    public boolean hasProperty(Realm realm, Object key) {
        return internals.hasProperty(realm, key);
    }

    @Override
    public Object get(Realm realm, Object key, Object receiver) {
        return internals.get(realm, key, receiver);
    }

    @Override
    public boolean set(Realm realm, Object key, Object value, Object receiver) {
        return internals.set(realm, key, value, receiver);
    }

    @Override
    public boolean delete(Realm realm, Object key) {
        return internals.delete(realm, key);
    }

    @Override
    public List<Object> ownPropertyKeys(Realm realm) {
        return internals.ownPropertyKeys(realm);
    }
}
