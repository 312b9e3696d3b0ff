package dev.oryx.builtins;

import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * Declarative tables of built-in properties: one row per function, accessor or value with its
 * name, {@code length} and attributes, so that what test262 checks about them (length, name,
 * writable/enumerable/configurable) is right by construction (ECMA-262 18).
 */
public final class Builtins {
    private Builtins() {
    }

    /** A built-in method: {@code static Object f(Realm realm, Object thisValue, Object[] args)}. */
    @FunctionalInterface
    public interface Method {
        Object call(Realm realm, Object thisValue, Object[] args);
    }

    public enum Kind { METHOD, GETTER, ACCESSOR, VALUE }

    /** One row of a table. */
    public record Entry(Kind kind, Object key, String name, int length, Method method, Method setter, Object value, int attributes) {
    }

    /** A method: writable, configurable, not enumerable (18: "every other data property"). */
    public static Entry method(String name, int length, Method m) {
        return new Entry(Kind.METHOD, name, name, length, m, null, null, Shape.WRITABLE | Shape.CONFIGURABLE);
    }

    /** A method keyed by a well-known symbol; its name is "[Symbol.x]". */
    public static Entry method(Symbol key, int length, Method m) {
        return new Entry(Kind.METHOD, key, "[" + key.description() + "]", length, m, null, null, Shape.WRITABLE | Shape.CONFIGURABLE);
    }

    /** An accessor with only a getter (configurable, not enumerable). */
    public static Entry getter(Object key, Method getter) {
        String name = key instanceof Symbol s ? "[" + s.description() + "]" : (String) key;
        return new Entry(Kind.GETTER, key, name, 0, getter, null, null, Shape.CONFIGURABLE);
    }

    /** An accessor with getter and setter. */
    public static Entry accessor(Object key, Method getter, Method setter) {
        String name = key instanceof Symbol s ? "[" + s.description() + "]" : (String) key;
        return new Entry(Kind.ACCESSOR, key, name, 0, getter, setter, null, Shape.CONFIGURABLE);
    }

    /** A data property with explicit attributes. */
    public static Entry value(Object key, Object value, int attributes) {
        return new Entry(Kind.VALUE, key, null, 0, null, null, value, attributes);
    }

    /** Installs the rows on {@code target}. */
    public static void install(Realm realm, JSObject target, Entry... entries) {
        for (Entry e : entries) {
            switch (e.kind()) {
                case METHOD -> target.defineOwn(e.key(), function(realm, e.name(), e.length(), e.method()), e.attributes());
                case GETTER -> target.defineAccessor(e.key(), function(realm, "get " + e.name(), 0, e.method()), null, e.attributes());
                case ACCESSOR -> target.defineAccessor(e.key(), function(realm, "get " + e.name(), 0, e.method()),
                    function(realm, "set " + e.name(), 1, e.setter()), e.attributes());
                case VALUE -> target.defineOwn(e.key(), e.value(), e.attributes());
            }
        }
    }

    /** A built-in function object (not a constructor) with its "length" and "name". */
    public static NativeFunction function(Realm realm, String name, int length, Method m) {
        NativeFunction.Code code = m instanceof NativeFunction.Code c ? c : (r, thisValue, args, newTarget) -> m.call(r, thisValue, args);
        return nativeFunction(realm, name, length, code, false);
    }

    /** A built-in function object; {@code constructor} gives it [[Construct]]. */
    public static NativeFunction nativeFunction(Realm realm, String name, int length, NativeFunction.Code code, boolean constructor) {
        NativeFunction f = new NativeFunction(realm.functionShape, realm, code, constructor);
        f.slots[0] = length;
        f.slots[1] = name;
        return f;
    }

    /** A constructor with its "prototype" (not writable, enumerable or configurable) and the prototype's "constructor". */
    public static NativeFunction constructor(Realm realm, String name, int length, JSObject prototype, NativeFunction.Code code) {
        NativeFunction f = nativeFunction(realm, name, length, code, true);
        f.defineOwn("prototype", prototype, 0);
        prototype.defineOwn("constructor", f, Shape.WRITABLE | Shape.CONFIGURABLE);
        return f;
    }

    /** Defines a global binding for a constructor or namespace (writable, configurable, not enumerable). */
    public static void global(Realm realm, String name, Object value) {
        realm.globalObject.defineOwn(name, value, Shape.WRITABLE | Shape.CONFIGURABLE);
    }

    /** args[i], or undefined. */
    public static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.INSTANCE;
    }
}
