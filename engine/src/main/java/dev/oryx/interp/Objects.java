package dev.oryx.interp;

import java.util.List;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.TemplateSite;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.PrivateName;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** Object operations of the interpreter: literals, methods, delete, super properties, templates. */
final class Objects {
    private Objects() {
    }

    /** CreateDataPropertyOrThrow (7.3.7); string keys that are array indices become indices. */
    static void createDataProperty(Realm realm, JSObject o, Object key, Object value) {
        Object k = key instanceof String s ? PropertyKey.fromString(s) : key;
        if (!o.exotic && !PropertyKey.isIndex(k) && o.shape.isExtensible() && o.shape.lookup(k) < 0) {
            o.addProperty(k, value, Shape.DEFAULT);
            return;
        }
        if (!o.defineOwnProperty(realm, k, PropertyDescriptor.data(value, Shape.DEFAULT))) {
            throw Errors.typeError(realm, "Cannot define property " + Conversions.keyToDisplay(k));
        }
    }

    static void arrayPush(Realm realm, JSArray a, Object value) {
        if (!a.fastPush(value)) {
            createDataProperty(realm, a, PropertyKey.fromIndex(a.length()), value);
        }
    }

    /** flags: 1 getter, 2 setter, 4 enumerable, 8 set [[HomeObject]], 16 computed key (SetFunctionName). */
    static void defineMethod(Realm realm, JSObject target, Object key, JSFunction fn, int flags) {
        if ((flags & 8) != 0 && fn instanceof BytecodeFunction bf) {
            bf.homeObject = target;
        }
        if (key instanceof PrivateName pn) {
            Privates.addMethod(realm, target, pn, fn, flags & 3);
            return;
        }
        Object k = key instanceof String s ? PropertyKey.fromString(s) : key;
        if ((flags & 16) != 0) {
            setFunctionName(realm, fn, k, flags & 3);
        }
        boolean enumerable = (flags & 4) != 0;
        PropertyDescriptor desc = new PropertyDescriptor().setEnumerable(enumerable).setConfigurable(true);
        if ((flags & 1) != 0) {
            desc.setGet(fn);
        } else if ((flags & 2) != 0) {
            desc.setSet(fn);
        } else {
            desc.setValue(fn).setWritable(true);
        }
        if (!target.defineOwnProperty(realm, k, desc)) {
            throw Errors.typeError(realm, "Cannot redefine property: " + Conversions.keyToDisplay(k));
        }
    }

    /** SetFunctionName (10.2.9): prefix 1 "get", 2 "set". */
    static void setFunctionName(Realm realm, JSObject fn, Object key, int prefix) {
        String name;
        if (key instanceof Symbol s) {
            name = s.description() == null ? "" : "[" + s.description() + "]";
        } else if (key instanceof PrivateName p) {
            name = p.description;
        } else {
            name = Conversions.keyToDisplay(key);
        }
        if (prefix == 1) {
            name = "get " + name;
        } else if (prefix == 2) {
            name = "set " + name;
        }
        fn.defineOwnProperty(realm, "name", PropertyDescriptor.data(name, Shape.CONFIGURABLE));
    }

    /** CopyDataProperties (7.3.25); {@code excluded} is an array of keys or undefined. */
    static void copyDataProperties(Realm realm, JSObject target, Object source, Object excluded) {
        if (Conversions.isNullish(source)) {
            return;
        }
        JSObject from = Conversions.toObject(realm, source);
        List<Object> excludedKeys = excluded instanceof JSArray a ? List.of(SlowPaths.listOf(a)) : List.of();
        for (Object key : from.ownPropertyKeys(realm)) {
            boolean skip = false;
            for (Object e : excludedKeys) {
                if (PropertyKey.same(e instanceof String s ? PropertyKey.fromString(s) : e, key)) {
                    skip = true;
                    break;
                }
            }
            if (skip) {
                continue;
            }
            PropertyDescriptor desc = from.getOwnProperty(realm, key);
            if (desc != null && desc.enumerable()) {
                createDataProperty(realm, target, key, from.get(realm, key, from));
            }
        }
    }

    static Object delete(Realm realm, Object base, Object key, FunctionCode code) {
        if (Conversions.isNullish(base)) {
            throw Errors.typeError(realm, "Cannot convert " + base + " to object");
        }
        Object k = SlowPaths.key(realm, key);
        JSObject o = Conversions.toObject(realm, base);
        boolean ok = o.delete(realm, k);
        if (!ok && code.is(FunctionCode.STRICT)) {
            throw Errors.typeError(realm, "Cannot delete property '" + Conversions.keyToDisplay(k) + "' of " + Conversions.toDisplayString(base));
        }
        return ok;
    }

    static Object getSuper(Realm realm, Object home, Object key, Object thisValue) {
        JSObject proto = superBase(realm, home);
        Object k = SlowPaths.key(realm, key);
        if (proto == null) {
            throw Errors.cannotRead(realm, "null", k);
        }
        return proto.get(realm, k, thisValue);
    }

    static void setSuper(Realm realm, Object home, Object key, Object value, Object thisValue, FunctionCode code) {
        JSObject proto = superBase(realm, home);
        Object k = SlowPaths.key(realm, key);
        if (proto == null) {
            throw Errors.cannotSet(realm, "null", k);
        }
        if (!proto.set(realm, k, value, thisValue) && code.is(FunctionCode.STRICT)) {
            throw Errors.typeError(realm, "Cannot assign to read only property '" + Conversions.keyToDisplay(k) + "'");
        }
    }

    private static JSObject superBase(Realm realm, Object home) {
        if (!(home instanceof JSObject h)) {
            throw Errors.syntaxError(realm, "'super' keyword unexpected here");
        }
        return h.getPrototypeOf(realm);
    }

    /** GetTemplateObject (13.2.8.4): one frozen array per site and realm. */
    static JSObject templateObject(Realm realm, TemplateSite site) {
        JSObject cached = realm.templateRegistry.get(site);
        if (cached != null) {
            return cached;
        }
        int n = site.cooked().size();
        Object[] cooked = new Object[n];
        Object[] raw = new Object[n];
        for (int i = 0; i < n; i++) {
            String c = site.cooked().get(i);
            cooked[i] = c == null ? Undefined.INSTANCE : c;
            raw[i] = site.raw().get(i);
        }
        JSArray template = realm.newArray(cooked);
        JSArray rawArray = realm.newArray(raw);
        freeze(realm, rawArray);
        template.defineOwn("raw", rawArray, 0);
        freeze(realm, template);
        realm.templateRegistry.put(site, template);
        return template;
    }

    /** SetIntegrityLevel(o, frozen) for an array with dense elements. */
    static void freeze(Realm realm, JSObject o) {
        for (Object key : o.ownPropertyKeys(realm)) {
            PropertyDescriptor d = o.getOwnProperty(realm, key);
            PropertyDescriptor change = new PropertyDescriptor().setConfigurable(false);
            if (d.isDataDescriptor()) {
                change.setWritable(false);
            }
            o.defineOwnProperty(realm, key, change);
        }
        o.preventExtensions(realm);
    }
}
