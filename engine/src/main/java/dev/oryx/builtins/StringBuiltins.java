package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.StringObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Operators;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;
import dev.oryx.string.CodeUnitStrings;

/**
 * The String constructor and its functions (22.1.1, 22.1.2). String.prototype is in
 * {@link StringPrototype} and {@link StringRegExpMethods}.
 */
public final class StringBuiltins {
    private StringBuiltins() {
    }

    static void install(Realm realm) {
        StringObject proto = new StringObject(realm.objectPrototype.childRootShape(), "");
        realm.stringPrototype = proto;
        realm.intrinsics.put("StringPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "String", 1, proto, StringBuiltins::construct);
        realm.intrinsics.put("String", ctor);
        Builtins.install(realm, ctor,
            method("fromCharCode", 1, StringBuiltins::fromCharCode),
            method("fromCodePoint", 1, StringBuiltins::fromCodePoint),
            method("raw", 1, StringBuiltins::raw));
        StringPrototype.install(realm, proto);
        Builtins.global(realm, "String", ctor);
    }

    /** String ( value ) (22.1.1.1) */
    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        String s;
        if (args.length == 0) {
            s = "";
        } else if (newTarget == Undefined.INSTANCE && args[0] instanceof Symbol sym) {
            return sym.toString();
        } else {
            s = Conversions.toString(realm, args[0]);
        }
        if (newTarget == Undefined.INSTANCE) {
            return s;
        }
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, "StringPrototype");
        return new StringObject(proto.childRootShape(), s);
    }

    /** String.fromCharCode ( ...codeUnits ) (22.1.2.1) */
    private static Object fromCharCode(Realm realm, Object thisValue, Object[] args) {
        if (args.length == 1) {
            return CodeUnitStrings.of((char) Conversions.toUint16(realm, args[0]));
        }
        char[] units = new char[args.length];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) Conversions.toUint16(realm, args[i]);
        }
        return new String(units);
    }

    /** String.fromCodePoint ( ...codePoints ) (22.1.2.2) */
    private static Object fromCodePoint(Realm realm, Object thisValue, Object[] args) {
        StringBuilder sb = new StringBuilder(args.length);
        for (Object v : args) {
            double cp = Conversions.toNumber(realm, v);
            if (cp != Math.floor(cp) || cp < 0 || cp > 0x10FFFF) {
                throw Errors.rangeError(realm, "Invalid code point " + Conversions.toDisplayString(Conversions.number(cp)));
            }
            sb.appendCodePoint((int) cp);
        }
        return sb.toString();
    }

    /** String.raw ( template, ...substitutions ) (22.1.2.4) */
    private static Object raw(Realm realm, Object thisValue, Object[] args) {
        int substitutionCount = Math.max(args.length - 1, 0);
        JSObject cooked = Conversions.toObject(realm, arg(args, 0));
        JSObject literals = Conversions.toObject(realm, cooked.get(realm, "raw", cooked));
        long literalCount = ObjectOperations.lengthOfArrayLike(realm, literals);
        if (literalCount <= 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (long i = 0; ; i++) {
            sb.append(Conversions.toString(realm, ArrayElements.get(realm, literals, i)));
            if (i + 1 == literalCount) {
                return sb.toString();
            }
            if (i < substitutionCount) {
                sb.append(Conversions.toString(realm, args[(int) i + 1]));
            }
            checkLength(realm, sb.length());
        }
    }

    /** A RangeError when a string being built would exceed the engine's maximum string length. */
    static void checkLength(Realm realm, long length) {
        if (length > Operators.MAX_STRING_LENGTH) {
            throw Errors.rangeError(realm, "Invalid string length");
        }
        dev.oryx.runtime.MemoryAccount.reserve(realm, length);
    }

    /** RequireObjectCoercible(this) then ToString: the receiver of most String.prototype methods. */
    static String thisString(Realm realm, Object t, String method) {
        if (t instanceof String s) {
            return s;
        }
        if (Conversions.isNullish(t)) {
            throw Errors.typeError(realm, "String.prototype" + (method.startsWith("[") ? "" : ".") + method
                + " called on null or undefined");
        }
        return Conversions.toString(realm, t);
    }

    /** thisStringValue ( value ) (22.1.3.35.1) */
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
