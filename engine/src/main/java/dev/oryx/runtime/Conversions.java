package dev.oryx.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import dev.oryx.number.NumberToString;
import dev.oryx.number.StringToNumber;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.PrimitiveWrapper;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.StringObject;
import dev.oryx.string.ConsString;

/**
 * Type conversions (ECMA-262 7.1). JavaScript values are Integer/Double (Number), String,
 * Boolean, Symbol, BigInteger (BigInt), JSObject, {@link Undefined} and {@link Null}.
 */
public final class Conversions {
    private Conversions() {
    }

    public enum Hint { DEFAULT, NUMBER, STRING }

    // ---- type tests ----

    public static boolean isNumber(Object v) {
        return v instanceof Integer || v instanceof Double;
    }

    /** A String value: a Java String or a rope ({@link ConsString}). */
    public static boolean isString(Object v) {
        return v instanceof String || v instanceof ConsString;
    }

    public static boolean isNullish(Object v) {
        return v == Undefined.INSTANCE || v == Null.INSTANCE;
    }

    public static boolean isCallable(Object v) {
        return v instanceof JSFunction;
    }

    public static boolean isConstructor(Object v) {
        return v instanceof JSFunction f && f.isConstructor();
    }

    /** A Number value as a Java object: Integer when it is an int32 other than -0, else Double. */
    public static Object number(double d) {
        return isInt32(d) ? (Object) (int) d : d;
    }

    /** Whether {@code d} is an int32 other than -0 (a Number held as an Integer). */
    public static boolean isInt32(double d) {
        int i = (int) d;
        return i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0L);
    }

    public static Object number(long l) {
        if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) l;
        }
        return (double) l;
    }

    public static double numberValue(Object v) {
        return v instanceof Integer i ? i : (Double) v;
    }

    // ---- 7.1.1 ToPrimitive ----

    public static Object toPrimitive(Realm realm, Object v, Hint hint) {
        if (!(v instanceof JSObject o)) {
            // a rope leaves as a flat String: what follows ToPrimitive tests `instanceof String`
            return v instanceof ConsString c ? c.flatten() : v;
        }
        Object exotic = o.get(realm, Symbol.TO_PRIMITIVE, o);
        if (!isNullish(exotic)) {
            if (!(exotic instanceof JSFunction f)) {
                throw Errors.typeError(realm, "Symbol.toPrimitive is not a function");
            }
            String h = hint == Hint.STRING ? "string" : hint == Hint.NUMBER ? "number" : "default";
            Object result = f.call(o, new Object[] {h});
            if (result instanceof JSObject) {
                throw Errors.typeError(realm, "Cannot convert object to primitive value");
            }
            return result;
        }
        return ordinaryToPrimitive(realm, o, hint == Hint.STRING ? Hint.STRING : Hint.NUMBER);
    }

    /** 7.1.1.1 OrdinaryToPrimitive */
    public static Object ordinaryToPrimitive(Realm realm, JSObject o, Hint hint) {
        String first = hint == Hint.STRING ? "toString" : "valueOf";
        String second = hint == Hint.STRING ? "valueOf" : "toString";
        for (String name : new String[] {first, second}) {
            Object method = o.get(realm, name, o);
            if (method instanceof JSFunction f) {
                Object result = f.call(o, JSFunction.NO_ARGS);
                if (!(result instanceof JSObject)) {
                    return result;
                }
            }
        }
        throw Errors.typeError(realm, "Cannot convert object to primitive value");
    }

    // ---- 7.1.2 ToBoolean ----

    public static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Integer i) {
            return i != 0;
        }
        if (v instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
            return false;
        }
        if (v instanceof ConsString) {
            return true; // a rope is never empty
        }
        if (v instanceof BigInteger b) {
            return b.signum() != 0;
        }
        return true;
    }

    // ---- 7.1.3-7.1.4 ToNumeric / ToNumber ----

    public static Object toNumeric(Realm realm, Object v) {
        Object p = toPrimitive(realm, v, Hint.NUMBER);
        if (p instanceof BigInteger || p instanceof Integer) {
            return p;
        }
        if (p instanceof Double d) {
            // an int32 as an Integer (as number(double)); any other Double as it is, not boxed again
            return isInt32(d) ? (Object) d.intValue() : d;
        }
        return number(toNumber(realm, p));
    }

    public static double toNumber(Realm realm, Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof String s) {
            return StringToNumber.toNumber(s);
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v == Undefined.INSTANCE) {
            return Double.NaN;
        }
        if (v == Null.INSTANCE) {
            return 0;
        }
        if (v instanceof Symbol) {
            throw Errors.typeError(realm, "Cannot convert a Symbol value to a number");
        }
        if (v instanceof BigInteger) {
            throw Errors.typeError(realm, "Cannot convert a BigInt value to a number");
        }
        return toNumber(realm, toPrimitive(realm, v, Hint.NUMBER));
    }

    // ---- integer conversions (7.1.5 - 7.1.11) ----

    public static double toIntegerOrInfinity(Realm realm, Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        return integerOrInfinity(toNumber(realm, v));
    }

    public static double integerOrInfinity(double d) {
        if (Double.isNaN(d) || d == 0) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d;
        }
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        return t == 0 ? 0 : t;
    }

    public static int toInt32(Realm realm, Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        return toInt32(toNumber(realm, v));
    }

    public static int toInt32(double d) {
        int i = (int) d;
        if (i == d) {
            return i;
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return 0;
        }
        return (int) modulo32(d);
    }

    private static long modulo32(double d) {
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        if (Math.abs(t) < 9.2e18) {
            return (long) t;
        }
        return new BigDecimal(t).toBigInteger().longValue();
    }

    public static long toUint32(Realm realm, Object v) {
        if (v instanceof Integer i) {
            return i & 0xFFFFFFFFL;
        }
        return toUint32(toNumber(realm, v));
    }

    public static long toUint32(double d) {
        return toInt32(d) & 0xFFFFFFFFL;
    }

    public static int toUint16(Realm realm, Object v) {
        return toInt32(realm, v) & 0xFFFF;
    }

    /** 7.1.20 ToLength */
    public static long toLength(Realm realm, Object v) {
        double len = toIntegerOrInfinity(realm, v);
        if (len <= 0) {
            return 0;
        }
        return (long) Math.min(len, 9007199254740991.0);
    }

    /** 7.1.22 ToIndex */
    public static long toIndex(Realm realm, Object v) {
        if (v == Undefined.INSTANCE) {
            return 0;
        }
        double i = toIntegerOrInfinity(realm, v);
        if (i < 0 || i > 9007199254740991.0) {
            throw Errors.rangeError(realm, "Invalid index");
        }
        return (long) i;
    }

    // ---- 7.1.17 ToString ----

    public static String toString(Realm realm, Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof ConsString c) {
            return c.flatten();
        }
        if (v instanceof Integer i) {
            return NumberToString.ofInt(i);
        }
        if (v instanceof Double d) {
            return NumberToString.toString(d);
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v == Undefined.INSTANCE) {
            return "undefined";
        }
        if (v == Null.INSTANCE) {
            return "null";
        }
        if (v instanceof Symbol) {
            throw Errors.typeError(realm, "Cannot convert a Symbol value to a string");
        }
        if (v instanceof BigInteger b) {
            return b.toString();
        }
        return toString(realm, toPrimitive(realm, v, Hint.STRING));
    }

    /** Number::toString for a Number value (Integer or Double). */
    public static String numberToString(Object n) {
        return n instanceof Integer i ? NumberToString.ofInt(i) : NumberToString.toString((Double) n);
    }

    // ---- 7.1.18 ToObject ----

    public static JSObject toObject(Realm realm, Object v) {
        if (v instanceof JSObject o) {
            return o;
        }
        if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
            throw Errors.typeError(realm, "Cannot convert " + v + " to object");
        }
        if (v instanceof String s) {
            return new StringObject(realm.stringPrototype.childRootShape(), s);
        }
        if (v instanceof ConsString c) {
            return new StringObject(realm.stringPrototype.childRootShape(), c.flatten());
        }
        JSObject proto;
        if (v instanceof Boolean) {
            proto = realm.booleanPrototype;
        } else if (v instanceof Symbol) {
            proto = realm.symbolPrototype;
        } else if (v instanceof BigInteger) {
            proto = realm.bigintPrototype;
        } else {
            proto = realm.numberPrototype;
        }
        return new PrimitiveWrapper(proto.childRootShape(), v);
    }

    // ---- 7.1.19 ToPropertyKey ----

    public static Object toPropertyKey(Realm realm, Object v) {
        if (v instanceof Integer i) {
            return i >= 0 ? i : Integer.toString(i);
        }
        if (v instanceof String s) {
            return PropertyKey.fromString(s);
        }
        if (v instanceof Symbol) {
            return v;
        }
        if (v instanceof ConsString c) {
            return PropertyKey.fromString(c.flatten());
        }
        if (v instanceof Double d) {
            double x = d;
            if (x >= 0 && x <= PropertyKey.MAX_INDEX && x == Math.floor(x) && Double.doubleToRawLongBits(x) != Long.MIN_VALUE) {
                return PropertyKey.fromIndex((long) x);
            }
            return PropertyKey.fromString(NumberToString.toString(x));
        }
        Object p = toPrimitive(realm, v, Hint.STRING);
        if (p instanceof Symbol) {
            return p;
        }
        return PropertyKey.fromString(toString(realm, p));
    }

    /** A key as the spec's property-name string (indices in decimal). */
    public static String keyToDisplay(Object key) {
        return PropertyKey.isIndex(key) ? String.valueOf(PropertyKey.index(key)) : key instanceof Symbol s ? s.toString() : String.valueOf(key);
    }

    /** Key to a JS value (indices become strings, as property names are strings). */
    public static Object keyToValue(Object key) {
        return PropertyKey.isIndex(key) ? String.valueOf(PropertyKey.index(key)) : key;
    }

    // ---- typeof (13.5.3) ----

    public static String typeof(Object v) {
        if (v instanceof String || v instanceof ConsString) {
            return "string";
        }
        if (v instanceof Integer || v instanceof Double) {
            return "number";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v == Undefined.INSTANCE) {
            return "undefined";
        }
        if (v instanceof JSFunction) {
            return "function";
        }
        if (v instanceof Symbol) {
            return "symbol";
        }
        if (v instanceof BigInteger) {
            return "bigint";
        }
        return "object";
    }

    /** Text for messages and the REPL: never calls user code. */
    public static String toDisplayString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof ConsString c) {
            return c.flatten();
        }
        if (v instanceof Double d) {
            return NumberToString.toString(d);
        }
        if (v instanceof BigInteger b) {
            return b + "n";
        }
        if (v instanceof JSFunction) {
            return "function";
        }
        if (v instanceof JSObject o) {
            return "[object " + o.builtinTag() + "]";
        }
        return String.valueOf(v);
    }
}
