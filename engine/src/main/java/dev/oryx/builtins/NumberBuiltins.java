package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.math.BigInteger;

import dev.oryx.number.NumberFormatter;
import dev.oryx.number.NumberToString;
import dev.oryx.number.StringToNumber;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.PrimitiveWrapper;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/** The Number constructor and Number.prototype (21.1). */
public final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static void install(Realm realm) {
        PrimitiveWrapper proto = new PrimitiveWrapper(realm.objectPrototype.childRootShape(), 0);
        realm.numberPrototype = proto;
        realm.intrinsics.put("NumberPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "Number", 1, proto, (r, t, a, nt) -> {
            Object n = 0;
            if (a.length > 0) {
                Object prim = Conversions.toNumeric(r, a[0]);
                n = prim instanceof BigInteger b ? Conversions.number(b.doubleValue()) : prim;
            }
            if (nt == Undefined.INSTANCE) {
                return n;
            }
            JSObject p = ObjectOperations.prototypeFromConstructor(r, nt, "NumberPrototype");
            return new PrimitiveWrapper(p.childRootShape(), n);
        });
        realm.intrinsics.put("Number", ctor);
        Builtins.install(realm, ctor,
            Builtins.value("EPSILON", Math.ulp(1.0), 0),
            Builtins.value("MAX_SAFE_INTEGER", 9007199254740991.0, 0),
            Builtins.value("MAX_VALUE", Double.MAX_VALUE, 0),
            Builtins.value("MIN_SAFE_INTEGER", -9007199254740991.0, 0),
            Builtins.value("MIN_VALUE", Double.MIN_VALUE, 0),
            Builtins.value("NaN", Double.NaN, 0),
            Builtins.value("NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY, 0),
            Builtins.value("POSITIVE_INFINITY", Double.POSITIVE_INFINITY, 0),
            method("isFinite", 1, (r, t, a) -> Conversions.isNumber(arg(a, 0)) && Double.isFinite(Conversions.numberValue(arg(a, 0)))),
            method("isInteger", 1, (r, t, a) -> isIntegral(arg(a, 0))),
            method("isNaN", 1, (r, t, a) -> Conversions.isNumber(arg(a, 0)) && Double.isNaN(Conversions.numberValue(arg(a, 0)))),
            method("isSafeInteger", 1, (r, t, a) -> isIntegral(arg(a, 0)) && Math.abs(Conversions.numberValue(arg(a, 0))) <= 9007199254740991.0));
        Builtins.install(realm, proto,
            method("toExponential", 1, (r, t, a) -> {
                double x = thisNumber(r, t);
                double f = Conversions.toIntegerOrInfinity(r, arg(a, 0));
                if (!Double.isFinite(x)) {
                    return NumberToString.toString(x);
                }
                if (f < 0 || f > 100) {
                    throw Errors.rangeError(r, "toExponential() argument must be between 0 and 100");
                }
                return NumberFormatter.toExponential(x, arg(a, 0) == Undefined.INSTANCE ? -1 : (int) f);
            }),
            method("toFixed", 1, (r, t, a) -> {
                double x = thisNumber(r, t);
                double f = Conversions.toIntegerOrInfinity(r, arg(a, 0));
                if (!Double.isFinite(f) || f < 0 || f > 100) {
                    throw Errors.rangeError(r, "toFixed() digits argument must be between 0 and 100");
                }
                if (!Double.isFinite(x)) {
                    return NumberToString.toString(x);
                }
                return NumberFormatter.toFixed(x, (int) f);
            }),
            method("toLocaleString", 0, (r, t, a) -> NumberToString.toString(thisNumber(r, t))),
            method("toPrecision", 1, (r, t, a) -> {
                double x = thisNumber(r, t);
                if (arg(a, 0) == Undefined.INSTANCE) {
                    return NumberToString.toString(x);
                }
                double p = Conversions.toIntegerOrInfinity(r, arg(a, 0));
                if (!Double.isFinite(x)) {
                    return NumberToString.toString(x);
                }
                if (p < 1 || p > 100) {
                    throw Errors.rangeError(r, "toPrecision() argument must be between 1 and 100");
                }
                return NumberFormatter.toPrecision(x, (int) p);
            }),
            method("toString", 1, (r, t, a) -> {
                double x = thisNumber(r, t);
                double radix = arg(a, 0) == Undefined.INSTANCE ? 10 : Conversions.toIntegerOrInfinity(r, arg(a, 0));
                if (radix < 2 || radix > 36) {
                    throw Errors.rangeError(r, "toString() radix must be between 2 and 36");
                }
                return NumberToString.toString(x, (int) radix);
            }),
            method("valueOf", 0, (r, t, a) -> Conversions.number(thisNumber(r, t))));
        Builtins.global(realm, "Number", ctor);
    }

    private static boolean isIntegral(Object v) {
        if (!Conversions.isNumber(v)) {
            return false;
        }
        double d = Conversions.numberValue(v);
        return Double.isFinite(d) && Math.floor(d) == d;
    }

    /** thisNumberValue (21.1.3) */
    static double thisNumber(Realm realm, Object t) {
        if (Conversions.isNumber(t)) {
            return Conversions.numberValue(t);
        }
        if (t instanceof PrimitiveWrapper w && Conversions.isNumber(w.value)) {
            return Conversions.numberValue(w.value);
        }
        throw Errors.typeError(realm, "Number.prototype method called on incompatible receiver " + Conversions.toDisplayString(t));
    }

    static double parse(String s) {
        return StringToNumber.toNumber(s);
    }
}
