package dev.oryx.object;

import java.util.List;

import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;

/**
 * A Proxy exotic object whose target is callable (10.5.12, 10.5.13): a {@link JSFunction}, so
 * every call path of the interpreter and the built-ins treats it as callable; it has
 * [[Construct]] exactly when its target had one when the proxy was created.
 */
public final class ProxyFunction extends JSFunction implements ObjectOperations.ArrayLikeProxy {
    final ProxyInternals internals;
    private final boolean constructor;

    ProxyFunction(Shape shape, Realm realm, JSObject target, JSObject handler, boolean constructor) {
        super(shape, realm, true);
        this.internals = new ProxyInternals(target, handler);
        this.constructor = constructor;
    }

    public ProxyInternals internals() {
        return internals;
    }

    @Override
    public Object call(Object thisValue, Object[] args) {
        return internals.call(realm, thisValue, args);
    }

    @Override
    public boolean isConstructor() {
        return constructor;
    }

    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        return internals.construct(realm, args, newTarget);
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
