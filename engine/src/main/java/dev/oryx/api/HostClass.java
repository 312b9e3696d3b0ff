package dev.oryx.api;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.oryx.builtins.Builtins;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.MemoryAccount;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * What {@code Java.type(name)} returns: a constructor whose {@code new} picks one of the class's
 * exported constructors, with the exported static fields and methods as own properties (besides
 * {@code length} and {@code name}). Calling it without {@code new} is a TypeError. Nothing else of
 * the {@code Class} object is visible.
 */
final class HostClass extends JSFunction {
    @MemoryAccount.NotRetained
    private final Class<?> type;
    private final HostMembers members;
    private final HostBridge bridge;
    private final Map<String, JSFunction> methodFunctions = new HashMap<>();

    HostClass(HostBridge bridge, Class<?> type) {
        super(bridge.realm.functionShape, bridge.realm, true);
        this.type = type;
        this.members = HostMembers.of(type);
        this.bridge = bridge;
        slots[0] = members.constructors.isEmpty() ? 0 : members.constructors.get(0).getParameterCount();
        slots[1] = type.getSimpleName();
    }

    @Override
    public Object call(Object thisValue, Object[] args) {
        throw Errors.typeError(realm, "Java class " + type.getSimpleName() + " must be called with new");
    }

    @Override
    public boolean isConstructor() {
        return !members.constructors.isEmpty();
    }

    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        realm.stack.enterNative(realm);
        try {
            return bridge.construct(type.getSimpleName(), members.constructors, args);
        } finally {
            realm.stack.exitNative();
        }
    }

    private PropertyDescriptor member(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        Field f = members.staticFields.get(name);
        if (f != null) {
            int attrs = Shape.ENUMERABLE | Shape.CONFIGURABLE | (Modifier.isFinal(f.getModifiers()) ? 0 : Shape.WRITABLE);
            return PropertyDescriptor.data(bridge.readField(f, null), attrs);
        }
        List<Method> ms = members.staticMethods.get(name);
        if (ms != null) {
            JSFunction fn = methodFunctions.computeIfAbsent(name, n -> Builtins.function(realm, n, ms.get(0).getParameterCount(),
                (r, t, a) -> bridge.invoke(n, ms, null, a)));
            return PropertyDescriptor.data(fn, Shape.CONFIGURABLE);
        }
        return null;
    }

    @Override
    public PropertyDescriptor getOwnProperty(Realm r, Object key) {
        PropertyDescriptor d = member(key);
        return d != null ? d : super.getOwnProperty(r, key);
    }

    @Override
    public boolean defineOwnProperty(Realm r, Object key, PropertyDescriptor desc) {
        return false;
    }

    @Override
    public Object get(Realm r, Object key, Object receiver) {
        PropertyDescriptor d = member(key);
        if (d != null) {
            return d.value();
        }
        d = super.getOwnProperty(r, key);
        if (d != null) {
            return d.value();
        }
        JSObject proto = getPrototypeOf(r);
        return proto == null ? Undefined.INSTANCE : proto.get(r, key, receiver);
    }

    @Override
    public boolean set(Realm r, Object key, Object value, Object receiver) {
        if (receiver == this && key instanceof String name) {
            Field f = members.staticFields.get(name);
            if (f != null) {
                if (Modifier.isFinal(f.getModifiers())) {
                    return false;
                }
                bridge.writeField(f, null, value);
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean delete(Realm r, Object key) {
        return member(key) == null && super.getOwnProperty(r, key) == null;
    }

    @Override
    public List<Object> ownPropertyKeys(Realm r) {
        Set<Object> keys = new LinkedHashSet<>(super.ownPropertyKeys(r));
        keys.addAll(members.staticFields.keySet());
        keys.addAll(members.staticMethods.keySet());
        return new ArrayList<>(keys);
    }

    @Override
    public boolean setPrototypeOf(Realm r, JSObject proto) {
        return proto == getPrototypeOf(r);
    }

    @Override
    public boolean preventExtensions(Realm r) {
        return false;
    }
}
