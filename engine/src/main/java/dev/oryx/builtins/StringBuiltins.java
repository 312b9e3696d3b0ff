package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.StringObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The String constructor and String.prototype (22.1): a first subset, completed by the standard library work. */
public final class StringBuiltins {
    private StringBuiltins() {
    }

    static void install(Realm realm) {
        StringObject proto = new StringObject(realm.objectPrototype.childRootShape(), "");
        realm.stringPrototype = proto;
        realm.intrinsics.put("StringPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "String", 1, proto, (r, t, a, nt) -> {
            String s;
            if (a.length == 0) {
                s = "";
            } else if (nt == Undefined.INSTANCE && a[0] instanceof Symbol sym) {
                return sym.toString();
            } else {
                s = Conversions.toString(r, a[0]);
            }
            if (nt == Undefined.INSTANCE) {
                return s;
            }
            JSObject p = ObjectOperations.prototypeFromConstructor(r, nt, "StringPrototype");
            return new StringObject(p.childRootShape(), s);
        });
        realm.intrinsics.put("String", ctor);
        Builtins.install(realm, ctor,
            method("fromCharCode", 1, (r, t, a) -> {
                StringBuilder sb = new StringBuilder(a.length);
                for (Object v : a) {
                    sb.append((char) Conversions.toUint16(r, v));
                }
                return sb.toString();
            }));
        Builtins.install(realm, proto,
            method("charAt", 1, (r, t, a) -> {
                String s = thisString(r, t, "charAt");
                double pos = Conversions.toIntegerOrInfinity(r, arg(a, 0));
                return pos < 0 || pos >= s.length() ? "" : String.valueOf(s.charAt((int) pos));
            }),
            method("charCodeAt", 1, (r, t, a) -> {
                String s = thisString(r, t, "charCodeAt");
                double pos = Conversions.toIntegerOrInfinity(r, arg(a, 0));
                return pos < 0 || pos >= s.length() ? (Object) Double.NaN : (Object) (int) s.charAt((int) pos);
            }),
            method("indexOf", 1, (r, t, a) -> {
                String s = thisString(r, t, "indexOf");
                String search = Conversions.toString(r, arg(a, 0));
                double pos = Conversions.toIntegerOrInfinity(r, arg(a, 1));
                int start = (int) Math.min(Math.max(pos, 0), s.length());
                return s.indexOf(search, start);
            }),
            method("slice", 2, (r, t, a) -> {
                String s = thisString(r, t, "slice");
                int len = s.length();
                int from = (int) ArrayBuiltins.relativeIndex(r, arg(a, 0), len, 0);
                int to = (int) ArrayBuiltins.relativeIndex(r, arg(a, 1), len, len);
                return from >= to ? "" : s.substring(from, to);
            }),
            method("substring", 2, (r, t, a) -> {
                String s = thisString(r, t, "substring");
                int len = s.length();
                double start = Conversions.toIntegerOrInfinity(r, arg(a, 0));
                double end = arg(a, 1) == Undefined.INSTANCE ? len : Conversions.toIntegerOrInfinity(r, arg(a, 1));
                int fs = (int) Math.min(Math.max(start, 0), len);
                int fe = (int) Math.min(Math.max(end, 0), len);
                return s.substring(Math.min(fs, fe), Math.max(fs, fe));
            }),
            method("toLowerCase", 0, (r, t, a) -> thisString(r, t, "toLowerCase").toLowerCase(java.util.Locale.ROOT)),
            method("toUpperCase", 0, (r, t, a) -> thisString(r, t, "toUpperCase").toUpperCase(java.util.Locale.ROOT)),
            method("toString", 0, (r, t, a) -> thisStringValue(r, t, "String.prototype.toString")),
            method("valueOf", 0, (r, t, a) -> thisStringValue(r, t, "String.prototype.valueOf")));
        Builtins.global(realm, "String", ctor);
    }

    /** RequireObjectCoercible(this) then ToString. */
    static String thisString(Realm realm, Object t, String method) {
        if (Conversions.isNullish(t)) {
            throw Errors.typeError(realm, "String.prototype." + method + " called on null or undefined");
        }
        return Conversions.toString(realm, t);
    }

    /** thisStringValue (22.1.3) */
    static String thisStringValue(Realm realm, Object t, String method) {
        if (t instanceof String s) {
            return s;
        }
        if (t instanceof StringObject so) {
            return so.value;
        }
        throw Errors.typeError(realm, method + " requires that 'this' be a String");
    }

}
