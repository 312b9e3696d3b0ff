package dev.oryx.object;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.oryx.api.JSException;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * The internal slots [[ProxyTarget]] and [[ProxyHandler]] of a Proxy exotic object and its
 * internal methods with every invariant check (ECMA-262 10.5). Shared by {@link ProxyObject} and
 * {@link ProxyFunction}, which differ only in having [[Call]]/[[Construct]].
 *
 * <p>Each internal method counts as a native re-entry: a chain of proxies recurses in Java, so
 * a long chain ends in the catchable RangeError instead of a StackOverflowError.
 */
public final class ProxyInternals {
    /** [[ProxyTarget]]; null once revoked. */
    private JSObject target;
    /** [[ProxyHandler]]; null once revoked. */
    private JSObject handler;
    ProxyInternals(JSObject target, JSObject handler) {
        this.target = target;
        this.handler = handler;
    }

    /** The proxy's target, or null when revoked. */
    public JSObject target() {
        return target;
    }

    /** The proxy's handler, or null when revoked. */
    public JSObject handler() {
        return handler;
    }

    public boolean isRevoked() {
        return handler == null;
    }

    /** Proxy revocation functions (28.2.2.1.1): both slots become null. */
    public void revoke() {
        target = null;
        handler = null;
    }

    /** The slots of {@code o} when it is a Proxy exotic object, else null. */
    public static ProxyInternals of(Object o) {
        if (o instanceof ProxyObject p) {
            return p.internals;
        }
        if (o instanceof ProxyFunction p) {
            return p.internals;
        }
        return null;
    }

    /** ProxyCreate (10.5.14) */
    public static JSObject create(Realm realm, Object target, Object handler) {
        if (!(target instanceof JSObject t)) {
            throw Errors.typeError(realm, "Cannot create proxy with a non-object as target or handler");
        }
        if (!(handler instanceof JSObject h)) {
            throw Errors.typeError(realm, "Cannot create proxy with a non-object as target or handler");
        }
        if (t instanceof JSFunction f) {
            Realm fnRealm = f.realm;
            return new ProxyFunction(realm.nullProtoRoot, fnRealm, t, h, f.isConstructor());
        }
        return new ProxyObject(realm.nullProtoRoot, t, h);
    }

    private JSObject checkHandler(Realm realm, String operation) {
        JSObject h = handler;
        if (h == null) {
            throw Errors.typeError(realm, "Cannot perform '" + operation + "' on a proxy that has been revoked");
        }
        return h;
    }

    private static JSFunction trap(Realm realm, JSObject h, String name) {
        return ObjectOperations.getMethod(realm, h, name);
    }

    private static JSException invariant(Realm realm, String trap, String message) {
        return Errors.typeError(realm, "'" + trap + "' on proxy: " + message);
    }

    private static String show(Object key) {
        return Conversions.keyToDisplay(key);
    }

    private static void enter(Realm realm) {
        realm.stack.enterNative(realm);
    }

    private static void exit(Realm realm) {
        realm.stack.exitNative();
    }

    // ---- 10.5.1 [[GetPrototypeOf]] ----

    JSObject getPrototypeOf(Realm realm) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "getPrototypeOf");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "getPrototypeOf");
            if (trap == null) {
                return t.getPrototypeOf(realm);
            }
            Object handlerProto = trap.call(h, new Object[] {t});
            if (!(handlerProto instanceof JSObject) && handlerProto != Null.INSTANCE) {
                throw invariant(realm, "getPrototypeOf", "trap returned neither object nor null");
            }
            JSObject result = handlerProto instanceof JSObject o ? o : null;
            if (t.isExtensible(realm)) {
                return result;
            }
            if (result != t.getPrototypeOf(realm)) {
                throw invariant(realm, "getPrototypeOf", "proxy target is non-extensible but the trap did not return its actual prototype");
            }
            return result;
        } finally {
            exit(realm);
        }
    }

    // ---- 10.5.2 [[SetPrototypeOf]] ----

    boolean setPrototypeOf(Realm realm, JSObject v) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "setPrototypeOf");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "setPrototypeOf");
            if (trap == null) {
                return t.setPrototypeOf(realm, v);
            }
            Object arg = v == null ? Null.INSTANCE : v;
            if (!Conversions.toBoolean(trap.call(h, new Object[] {t, arg}))) {
                return false;
            }
            if (t.isExtensible(realm)) {
                return true;
            }
            if (v != t.getPrototypeOf(realm)) {
                throw invariant(realm, "setPrototypeOf", "trap returned truish for setting a new prototype on the non-extensible proxy target");
            }
            return true;
        } finally {
            exit(realm);
        }
    }

    // ---- 10.5.3 [[IsExtensible]] ----

    boolean isExtensible(Realm realm) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "isExtensible");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "isExtensible");
            if (trap == null) {
                return t.isExtensible(realm);
            }
            boolean result = Conversions.toBoolean(trap.call(h, new Object[] {t}));
            if (result != t.isExtensible(realm)) {
                throw invariant(realm, "isExtensible", "trap result does not reflect extensibility of proxy target (which is '" + !result + "')");
            }
            return result;
        } finally {
            exit(realm);
        }
    }

    // ---- 10.5.4 [[PreventExtensions]] ----

    boolean preventExtensions(Realm realm) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "preventExtensions");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "preventExtensions");
            if (trap == null) {
                return t.preventExtensions(realm);
            }
            boolean result = Conversions.toBoolean(trap.call(h, new Object[] {t}));
            if (result && t.isExtensible(realm)) {
                throw invariant(realm, "preventExtensions", "trap returned truish but the proxy target is extensible");
            }
            return result;
        } finally {
            exit(realm);
        }
    }

    // ---- 10.5.5 [[GetOwnProperty]] ----

    PropertyDescriptor getOwnProperty(Realm realm, Object key) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "getOwnPropertyDescriptor");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "getOwnPropertyDescriptor");
            if (trap == null) {
                return t.getOwnProperty(realm, key);
            }
            Object trapResultObj = trap.call(h, new Object[] {t, Conversions.keyToValue(key)});
            if (!(trapResultObj instanceof JSObject) && trapResultObj != Undefined.INSTANCE) {
                throw invariant(realm, "getOwnPropertyDescriptor", "trap returned neither object nor undefined for property '" + show(key) + "'");
            }
            PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
            if (trapResultObj == Undefined.INSTANCE) {
                if (targetDesc == null) {
                    return null;
                }
                if (!targetDesc.configurable()) {
                    throw invariant(realm, "getOwnPropertyDescriptor", "trap returned undefined for property '" + show(key)
                        + "' which is non-configurable in the proxy target");
                }
                if (!t.isExtensible(realm)) {
                    throw invariant(realm, "getOwnPropertyDescriptor", "trap returned undefined for property '" + show(key)
                        + "' which exists in the non-extensible proxy target");
                }
                return null;
            }
            boolean extensibleTarget = t.isExtensible(realm);
            PropertyDescriptor resultDesc = ObjectOperations.toPropertyDescriptor(realm, trapResultObj);
            completePropertyDescriptor(resultDesc);
            if (!isCompatiblePropertyDescriptor(extensibleTarget, resultDesc, targetDesc)) {
                throw invariant(realm, "getOwnPropertyDescriptor", "trap returned descriptor for property '" + show(key)
                    + "' that is incompatible with the existing property in the proxy target");
            }
            if (!resultDesc.configurable()) {
                if (targetDesc == null || targetDesc.configurable()) {
                    throw invariant(realm, "getOwnPropertyDescriptor", "trap reported non-configurability for property '" + show(key)
                        + "' which is either non-existent or configurable in the proxy target");
                }
                if (resultDesc.hasWritable() && !resultDesc.writable() && targetDesc.writable()) {
                    throw invariant(realm, "getOwnPropertyDescriptor", "trap reported non-configurable and writable for property '"
                        + show(key) + "' which is non-configurable, non-writable in the proxy target");
                }
            }
            return resultDesc;
        } finally {
            exit(realm);
        }
    }

    /** CompletePropertyDescriptor (6.2.6.6) */
    static void completePropertyDescriptor(PropertyDescriptor d) {
        if (d.isGenericDescriptor() || d.isDataDescriptor()) {
            if (!d.hasValue()) {
                d.setValue(Undefined.INSTANCE);
            }
            if (!d.hasWritable()) {
                d.setWritable(false);
            }
        } else {
            if (!d.hasGet()) {
                d.setGet(null);
            }
            if (!d.hasSet()) {
                d.setSet(null);
            }
        }
        if (!d.hasEnumerable()) {
            d.setEnumerable(false);
        }
        if (!d.hasConfigurable()) {
            d.setConfigurable(false);
        }
    }

    /** IsCompatiblePropertyDescriptor (10.1.6.2): ValidateAndApplyPropertyDescriptor with O undefined. */
    public static boolean isCompatiblePropertyDescriptor(boolean extensible, PropertyDescriptor desc, PropertyDescriptor current) {
        if (current == null) {
            return extensible;
        }
        if (desc.isEmpty()) {
            return true;
        }
        if (!current.configurable()) {
            if (desc.hasConfigurable() && desc.configurable()) {
                return false;
            }
            if (desc.hasEnumerable() && desc.enumerable() != current.enumerable()) {
                return false;
            }
            if (!desc.isGenericDescriptor() && desc.isAccessorDescriptor() != current.isAccessorDescriptor()) {
                return false;
            }
            if (current.isAccessorDescriptor()) {
                if (desc.hasGet() && desc.getter() != current.getter()) {
                    return false;
                }
                if (desc.hasSet() && desc.setter() != current.setter()) {
                    return false;
                }
            } else if (!current.writable()) {
                if (desc.hasWritable() && desc.writable()) {
                    return false;
                }
                if (desc.hasValue() && !Equality.sameValue(desc.value(), current.value())) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- 10.5.6 [[DefineOwnProperty]] ----

    boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "defineProperty");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "defineProperty");
            if (trap == null) {
                return t.defineOwnProperty(realm, key, desc);
            }
            Object descObj = ObjectOperations.fromPropertyDescriptor(realm, desc);
            if (!Conversions.toBoolean(trap.call(h, new Object[] {t, Conversions.keyToValue(key), descObj}))) {
                return false;
            }
            PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
            boolean extensibleTarget = t.isExtensible(realm);
            boolean settingConfigFalse = desc.hasConfigurable() && !desc.configurable();
            if (targetDesc == null) {
                if (!extensibleTarget) {
                    throw invariant(realm, "defineProperty", "trap returned truish for adding property '" + show(key)
                        + "' to the non-extensible proxy target");
                }
                if (settingConfigFalse) {
                    throw invariant(realm, "defineProperty", "trap returned truish for defining non-configurable property '" + show(key)
                        + "' which is non-existent in the proxy target");
                }
            } else {
                if (!isCompatiblePropertyDescriptor(extensibleTarget, desc, targetDesc)) {
                    throw invariant(realm, "defineProperty", "trap returned truish for adding property '" + show(key)
                        + "' that is incompatible with the existing property in the proxy target");
                }
                if (settingConfigFalse && targetDesc.configurable()) {
                    throw invariant(realm, "defineProperty", "trap returned truish for defining non-configurable property '" + show(key)
                        + "' which is configurable in the proxy target");
                }
                if (targetDesc.isDataDescriptor() && !targetDesc.configurable() && targetDesc.writable()
                    && desc.hasWritable() && !desc.writable()) {
                    throw invariant(realm, "defineProperty", "trap returned truish for defining non-configurable property '" + show(key)
                        + "' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object");
                }
            }
            return true;
        } finally {
            exit(realm);
        }
    }

    // ---- 10.5.7 [[HasProperty]] ----

    boolean hasProperty(Realm realm, Object key) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "has");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "has");
            if (trap == null) {
                return t.hasProperty(realm, key);
            }
            boolean result = Conversions.toBoolean(trap.call(h, new Object[] {t, Conversions.keyToValue(key)}));
            if (!result) {
                PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
                if (targetDesc != null) {
                    if (!targetDesc.configurable()) {
                        throw invariant(realm, "has", "trap returned falsish for property '" + show(key)
                            + "' which exists in the proxy target as non-configurable");
                    }
                    if (!t.isExtensible(realm)) {
                        throw invariant(realm, "has", "trap returned falsish for property '" + show(key)
                            + "' but the proxy target is not extensible");
                    }
                }
            }
            return result;
        } finally {
            exit(realm);
        }
    }

    // ---- 10.5.8 [[Get]] ----

    Object get(Realm realm, Object key, Object receiver) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "get");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "get");
            if (trap == null) {
                return t.get(realm, key, receiver);
            }
            Object trapResult = trap.call(h, new Object[] {t, Conversions.keyToValue(key), receiver});
            PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
            if (targetDesc != null && !targetDesc.configurable()) {
                if (targetDesc.isDataDescriptor() && !targetDesc.writable() && !Equality.sameValue(trapResult, targetDesc.value())) {
                    throw invariant(realm, "get", "property '" + show(key)
                        + "' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value");
                }
                if (targetDesc.isAccessorDescriptor() && targetDesc.getter() == null && trapResult != Undefined.INSTANCE) {
                    throw invariant(realm, "get", "property '" + show(key)
                        + "' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined'");
                }
            }
            return trapResult;
        } finally {
            exit(realm);
        }
    }

    // ---- 10.5.9 [[Set]] ----

    boolean set(Realm realm, Object key, Object value, Object receiver) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "set");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "set");
            if (trap == null) {
                return t.set(realm, key, value, receiver);
            }
            if (!Conversions.toBoolean(trap.call(h, new Object[] {t, Conversions.keyToValue(key), value, receiver}))) {
                return false;
            }
            PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
            if (targetDesc != null && !targetDesc.configurable()) {
                if (targetDesc.isDataDescriptor() && !targetDesc.writable() && !Equality.sameValue(value, targetDesc.value())) {
                    throw invariant(realm, "set", "trap returned truish for property '" + show(key)
                        + "' which exists in the proxy target as a non-configurable and non-writable data property with a different value");
                }
                if (targetDesc.isAccessorDescriptor() && targetDesc.setter() == null) {
                    throw invariant(realm, "set", "trap returned truish for property '" + show(key)
                        + "' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter");
                }
            }
            return true;
        } finally {
            exit(realm);
        }
    }

    // ---- 10.5.10 [[Delete]] ----

    boolean delete(Realm realm, Object key) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "deleteProperty");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "deleteProperty");
            if (trap == null) {
                return t.delete(realm, key);
            }
            if (!Conversions.toBoolean(trap.call(h, new Object[] {t, Conversions.keyToValue(key)}))) {
                return false;
            }
            PropertyDescriptor targetDesc = t.getOwnProperty(realm, key);
            if (targetDesc == null) {
                return true;
            }
            if (!targetDesc.configurable()) {
                throw invariant(realm, "deleteProperty", "trap returned truish for property '" + show(key)
                    + "' which is non-configurable in the proxy target");
            }
            if (!t.isExtensible(realm)) {
                throw invariant(realm, "deleteProperty", "trap returned truish for property '" + show(key)
                    + "' but the proxy target is non-extensible");
            }
            return true;
        } finally {
            exit(realm);
        }
    }

    // ---- 10.5.11 [[OwnPropertyKeys]] ----

    List<Object> ownPropertyKeys(Realm realm) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "ownKeys");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "ownKeys");
            if (trap == null) {
                return t.ownPropertyKeys(realm);
            }
            Object trapResultArray = trap.call(h, new Object[] {t});
            List<Object> trapResult = keysFromArrayLike(realm, trapResultArray);
            Set<Object> unchecked = new HashSet<>();
            for (Object k : trapResult) {
                if (!unchecked.add(k)) {
                    throw invariant(realm, "ownKeys", "trap returned duplicate entries");
                }
            }
            boolean extensibleTarget = t.isExtensible(realm);
            List<Object> targetKeys = t.ownPropertyKeys(realm);
            List<Object> targetConfigurableKeys = new ArrayList<>();
            List<Object> targetNonconfigurableKeys = new ArrayList<>();
            for (Object k : targetKeys) {
                PropertyDescriptor d = t.getOwnProperty(realm, k);
                if (d != null && !d.configurable()) {
                    targetNonconfigurableKeys.add(k);
                } else {
                    targetConfigurableKeys.add(k);
                }
            }
            if (extensibleTarget && targetNonconfigurableKeys.isEmpty()) {
                return trapResult;
            }
            for (Object k : targetNonconfigurableKeys) {
                if (!unchecked.remove(k)) {
                    throw invariant(realm, "ownKeys", "trap result did not include '" + show(k) + "'");
                }
            }
            if (extensibleTarget) {
                return trapResult;
            }
            for (Object k : targetConfigurableKeys) {
                if (!unchecked.remove(k)) {
                    throw invariant(realm, "ownKeys", "trap result did not include '" + show(k) + "'");
                }
            }
            if (!unchecked.isEmpty()) {
                throw invariant(realm, "ownKeys", "trap returned extra keys but proxy target is non-extensible");
            }
            return trapResult;
        } finally {
            exit(realm);
        }
    }

    /** CreateListFromArrayLike(obj, « String, Symbol ») with the strings as property keys. */
    private static List<Object> keysFromArrayLike(Realm realm, Object v) {
        if (!(v instanceof JSObject o)) {
            throw Errors.typeError(realm, "CreateListFromArrayLike called on non-object");
        }
        long len = ObjectOperations.lengthOfArrayLike(realm, o);
        if (len > 1 << 24) {
            throw Errors.rangeError(realm, "Too many keys in the result of an ownKeys trap");
        }
        List<Object> out = new ArrayList<>((int) len);
        for (long i = 0; i < len; i++) {
            Object e = o.get(realm, PropertyKey.fromIndex(i), o);
            if (dev.oryx.string.ConsString.flatIfRope(e) instanceof String s) {
                out.add(PropertyKey.fromString(s));
            } else if (e instanceof Symbol) {
                out.add(e);
            } else {
                throw Errors.typeError(realm, Conversions.toDisplayString(e) + " is not a valid property name");
            }
        }
        return out;
    }

    // ---- 10.5.12 [[Call]] and 10.5.13 [[Construct]] ----

    Object call(Realm realm, Object thisArgument, Object[] args) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "apply");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "apply");
            if (trap == null) {
                return ((JSFunction) t).call(thisArgument, args);
            }
            return trap.call(h, new Object[] {t, thisArgument, realm.newArray(args)});
        } finally {
            exit(realm);
        }
    }

    Object construct(Realm realm, Object[] args, JSObject newTarget) {
        enter(realm);
        try {
            JSObject h = checkHandler(realm, "construct");
            JSObject t = target;
            JSFunction trap = trap(realm, h, "construct");
            if (trap == null) {
                return ((JSFunction) t).construct(args, newTarget);
            }
            Object newObj = trap.call(h, new Object[] {t, realm.newArray(args), newTarget});
            if (!(newObj instanceof JSObject)) {
                throw invariant(realm, "construct", "trap returned non-object ('" + Conversions.toDisplayString(newObj) + "')");
            }
            return newObj;
        } finally {
            exit(realm);
        }
    }

    /** IsArray for a proxy (7.2.2 step 3). */
    boolean isArrayTarget(Realm realm) {
        if (handler == null) {
            throw Errors.typeError(realm, "Cannot perform 'IsArray' on a proxy that has been revoked");
        }
        return ObjectOperations.isArray(realm, target);
    }
}
