package dev.oryx.api;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.oryx.builtins.Builtins;
import dev.oryx.object.JSFunction;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Symbol;

/**
 * A Java object seen by scripts: its exported instance fields are enumerable data properties
 * (writable unless final), its exported methods non-enumerable function-valued properties (the
 * same function object each time, bound to this Java object). With {@link HostMembers#EMPTY} it
 * is an opaque handle. Its prototype is {@code Object.prototype}; an own, non-enumerable
 * {@code Symbol.toStringTag} makes {@code String(o)} show {@code [object JavaObject]}.
 */
final class HostObject extends HostWrapper {
    private final HostMembers members;
    private Map<String, JSFunction> methodFunctions;

    HostObject(HostBridge bridge, Object target, HostMembers members) {
        super(bridge, target, bridge.realm.objectPrototype);
        this.members = members;
    }

    @Override
    public String builtinTag() {
        return "JavaObject";
    }

    @Override
    PropertyDescriptor ownProperty(Object key) {
        if (key == Symbol.TO_STRING_TAG) {
            return PropertyDescriptor.data("JavaObject", 0);
        }
        if (!(key instanceof String name)) {
            return null;
        }
        Field f = members.fields.get(name);
        if (f != null) {
            int attrs = Shape.ENUMERABLE | Shape.CONFIGURABLE | (Modifier.isFinal(f.getModifiers()) ? 0 : Shape.WRITABLE);
            return PropertyDescriptor.data(bridge.readField(f, target), attrs);
        }
        List<Method> ms = members.methods.get(name);
        if (ms != null) {
            return PropertyDescriptor.data(method(name, ms), Shape.CONFIGURABLE);
        }
        return null;
    }

    private JSFunction method(String name, List<Method> overloads) {
        if (methodFunctions == null) {
            methodFunctions = new HashMap<>();
        }
        return methodFunctions.computeIfAbsent(name, n -> Builtins.function(bridge.realm, n, overloads.get(0).getParameterCount(),
            (r, thisValue, args) -> bridge.invoke(n, overloads, target, args)));
    }

    @Override
    boolean write(Object key, Object value) {
        if (key instanceof String name) {
            Field f = members.fields.get(name);
            if (f != null && !Modifier.isFinal(f.getModifiers())) {
                bridge.writeField(f, target, value);
                return true;
            }
        }
        return false;
    }

    @Override
    boolean remove(Object key) {
        return false;
    }

    @Override
    List<Object> keys() {
        java.util.Set<Object> keys = new java.util.LinkedHashSet<>(members.fields.keySet());
        keys.addAll(members.methods.keySet());
        keys.add(Symbol.TO_STRING_TAG);
        return new ArrayList<>(keys);
    }
}
