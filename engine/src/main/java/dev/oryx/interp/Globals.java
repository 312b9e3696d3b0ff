package dev.oryx.interp;

import dev.oryx.bytecode.ScriptDeclarations;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;
import dev.oryx.runtime.Uninitialized;

/**
 * The global environment (9.1.1.4): global let/const/class bindings in the realm's declarative
 * record, var and function bindings as properties of the global object.
 */
final class Globals {
    private Globals() {
    }

    static Object get(Realm realm, String name) {
        Cell c = realm.globalLexicals.get(name);
        if (c != null) {
            if (c.value == Uninitialized.INSTANCE) {
                throw Errors.uninitialized(realm, name);
            }
            return c.value;
        }
        JSObject g = realm.globalObject;
        if (!g.exotic) {
            int slot = g.shape.lookup(name);
            if (slot >= 0 && (g.shape.attributesAt(slot) & Shape.ACCESSOR) == 0) {
                return g.slots[slot];
            }
        }
        if (!g.hasProperty(realm, name)) {
            throw Errors.notDefined(realm, name);
        }
        return g.get(realm, name, g);
    }

    /**
     * GET_GLOBAL's fast path, shared by the interpreter and compiled code: the value its cache
     * holds (a global lexical's initialized cell, or the cached slot of the global object while
     * its shape and the lexical epoch are unchanged), or null when {@link #getCached} must look.
     */
    static Object cachedValue(Realm realm, dev.oryx.bytecode.PropertyCache ic) {
        Object cell = ic.globalCell;
        Object v;
        if (cell != null && (v = ((dev.oryx.runtime.Cell) cell).value) != dev.oryx.runtime.Uninitialized.INSTANCE) {
            return v;
        }
        JSObject g = realm.globalObject;
        if (ic.own == g.shape && ic.globalEpoch == realm.globalLexicalEpoch) {
            return g.slots[ic.ownSlot];
        }
        return null;
    }

    /**
     * GET_GLOBAL with its inline cache: a global lexical's cell, or the global object's shape and
     * slot of a data property (valid while no global lexical was created since).
     */
    static Object getCached(Realm realm, String name, dev.oryx.bytecode.PropertyCache ic) {
        Cell c = realm.globalLexicals.get(name);
        if (c != null) {
            ic.globalCell = c;
            if (c.value == Uninitialized.INSTANCE) {
                throw Errors.uninitialized(realm, name);
            }
            return c.value;
        }
        JSObject g = realm.globalObject;
        if (!g.exotic && !g.shape.isDictionary()) {
            int slot = g.shape.lookup(name);
            if (slot >= 0 && (g.shape.attributesAt(slot) & Shape.ACCESSOR) == 0) {
                ic.ownSlot = slot;
                ic.own = g.shape;
                ic.globalEpoch = realm.globalLexicalEpoch;
                return g.slots[slot];
            }
        }
        return get(realm, name);
    }

    static Object typeofGlobal(Realm realm, String name) {
        Cell c = realm.globalLexicals.get(name);
        if (c != null) {
            if (c.value == Uninitialized.INSTANCE) {
                throw Errors.uninitialized(realm, name);
            }
            return Conversions.typeof(c.value);
        }
        JSObject g = realm.globalObject;
        if (!g.hasProperty(realm, name)) {
            return "undefined";
        }
        return Conversions.typeof(g.get(realm, name, g));
    }

    static void set(Realm realm, String name, Object value, boolean strict) {
        Cell c = realm.globalLexicals.get(name);
        if (c != null) {
            if (c.value == Uninitialized.INSTANCE) {
                throw Errors.uninitialized(realm, name);
            }
            if (realm.globalConsts.contains(name)) {
                throw Errors.constAssignment(realm, name);
            }
            c.value = value;
            return;
        }
        JSObject g = realm.globalObject;
        if (!g.exotic) {
            int slot = g.shape.lookup(name);
            if (slot >= 0 && (g.shape.attributesAt(slot) & (Shape.WRITABLE | Shape.ACCESSOR | Shape.SPECIAL)) == Shape.WRITABLE) {
                g.slots[slot] = value;
                return;
            }
        }
        if (strict && !g.hasProperty(realm, name)) {
            throw Errors.notDefined(realm, name);
        }
        if (!g.set(realm, name, value, g) && strict) {
            throw Errors.typeError(realm, "Cannot assign to read only property '" + name + "' of object");
        }
    }

    static Object delete(Realm realm, String name) {
        if (realm.globalLexicals.containsKey(name)) {
            return false;
        }
        return realm.globalObject.delete(realm, name);
    }

    /** GlobalDeclarationInstantiation (16.1.7) checks and the var and lexical bindings. */
    static void declare(Realm realm, ScriptDeclarations d) {
        JSObject g = realm.globalObject;
        for (java.util.List<String> names : java.util.List.of(d.letNames(), d.constNames())) {
            for (String name : names) {
                if (realm.globalLexicals.containsKey(name)) {
                    throw Errors.syntaxError(realm, "Identifier '" + name + "' has already been declared");
                }
                PropertyDescriptor existing = g.getOwnProperty(realm, name);
                if (existing != null && !existing.configurable()) {
                    throw Errors.syntaxError(realm, "Identifier '" + name + "' has already been declared");
                }
            }
        }
        for (java.util.List<String> names : java.util.List.of(d.varNames(), d.functionNames())) {
            for (String name : names) {
                if (realm.globalLexicals.containsKey(name)) {
                    throw Errors.syntaxError(realm, "Identifier '" + name + "' has already been declared");
                }
            }
        }
        for (String fn : d.functionNames()) {
            PropertyDescriptor existing = g.getOwnProperty(realm, fn);
            boolean ok;
            if (existing == null) {
                ok = g.isExtensible(realm);
            } else {
                ok = existing.configurable() || (existing.isDataDescriptor() && existing.writable() && existing.enumerable());
            }
            if (!ok) {
                throw Errors.typeError(realm, "Cannot declare global function '" + fn + "'");
            }
        }
        for (String vn : d.varNames()) {
            if (g.getOwnProperty(realm, vn) == null && !g.isExtensible(realm)) {
                throw Errors.typeError(realm, "Cannot declare global variable '" + vn + "'");
            }
        }
        for (String name : d.letNames()) {
            realm.globalLexicals.put(name, new Cell(Uninitialized.INSTANCE));
            realm.globalLexicalEpoch++;
        }
        for (String name : d.constNames()) {
            realm.globalLexicals.put(name, new Cell(Uninitialized.INSTANCE));
            realm.globalLexicalEpoch++;
            realm.globalConsts.add(name);
        }
        for (String vn : d.varNames()) {
            if (g.getOwnProperty(realm, vn) == null) {
                g.defineOwnProperty(realm, vn, PropertyDescriptor.data(Undefined.INSTANCE, Shape.WRITABLE | Shape.ENUMERABLE));
            }
        }
    }

    /** CreateGlobalFunctionBinding (9.1.1.4.18) with D = false. */
    static void initFunction(Realm realm, String name, Object fn) {
        JSObject g = realm.globalObject;
        PropertyDescriptor existing = g.getOwnProperty(realm, name);
        PropertyDescriptor desc;
        if (existing == null || existing.configurable()) {
            desc = PropertyDescriptor.data(fn, Shape.WRITABLE | Shape.ENUMERABLE);
        } else {
            desc = new PropertyDescriptor().setValue(fn);
        }
        if (!g.defineOwnProperty(realm, name, desc)) {
            throw Errors.typeError(realm, "Cannot redefine global function '" + name + "'");
        }
        g.set(realm, name, fn, g);
    }

    static void initLexical(Realm realm, String name, Object value) {
        Cell c = realm.globalLexicals.get(name);
        if (c == null) {
            c = new Cell(value);
            realm.globalLexicals.put(name, c);
            realm.globalLexicalEpoch++;
        }
        c.value = value;
    }
}
