package dev.oryx.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import dev.oryx.object.JSObject;
import dev.oryx.string.ConsString;

/** SameValue, SameValueZero, IsStrictlyEqual and IsLooselyEqual (7.2.10-7.2.14). */
public final class Equality {
    private Equality() {
    }

    public static boolean sameValue(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            double x = Conversions.numberValue(a);
            double y = Conversions.numberValue(b);
            if (Double.isNaN(x)) {
                return Double.isNaN(y);
            }
            return x == y && Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        return sameNonNumber(a, b);
    }

    public static boolean sameValueZero(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            double x = Conversions.numberValue(a);
            double y = Conversions.numberValue(b);
            return x == y || (Double.isNaN(x) && Double.isNaN(y));
        }
        return sameNonNumber(a, b);
    }

    private static boolean sameNonNumber(Object a, Object b) {
        a = ConsString.flatIfRope(a);
        b = ConsString.flatIfRope(b);
        if (a instanceof String s) {
            return b instanceof String t && s.equals(t);
        }
        if (a instanceof BigInteger x) {
            return b instanceof BigInteger y && x.equals(y);
        }
        if (a instanceof Boolean x) {
            return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
        }
        return false;
    }

    /** IsStrictlyEqual ({@code ===}). */
    public static boolean strictEquals(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x.intValue() == y.intValue();
        }
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            return Conversions.numberValue(a) == Conversions.numberValue(b);
        }
        if (a == b) {
            return true;
        }
        return sameNonNumber(a, b);
    }

    /** IsLooselyEqual ({@code ==}). */
    public static boolean looseEquals(Realm realm, Object a, Object b) {
        a = ConsString.flatIfRope(a);
        b = ConsString.flatIfRope(b);
        while (true) {
            if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
                return Conversions.numberValue(a) == Conversions.numberValue(b);
            }
            if (sameType(a, b)) {
                return strictEquals(a, b);
            }
            boolean aNullish = Conversions.isNullish(a);
            boolean bNullish = Conversions.isNullish(b);
            if (aNullish || bNullish) {
                return aNullish && bNullish;
            }
            if (Conversions.isNumber(a) && b instanceof String s) {
                return Conversions.numberValue(a) == dev.oryx.number.StringToNumber.toNumber(s);
            }
            if (a instanceof String s && Conversions.isNumber(b)) {
                return dev.oryx.number.StringToNumber.toNumber(s) == Conversions.numberValue(b);
            }
            if (a instanceof BigInteger x && b instanceof String s) {
                BigInteger y = Numerics.stringToBigInt(s);
                return y != null && x.equals(y);
            }
            if (a instanceof String && b instanceof BigInteger) {
                Object t = a;
                a = b;
                b = t;
                continue;
            }
            if (a instanceof Boolean x) {
                a = x ? 1 : 0;
                continue;
            }
            if (b instanceof Boolean y) {
                b = y ? 1 : 0;
                continue;
            }
            if (!(a instanceof JSObject) && b instanceof JSObject) {
                b = Conversions.toPrimitive(realm, b, Conversions.Hint.DEFAULT);
                continue;
            }
            if (a instanceof JSObject && !(b instanceof JSObject)) {
                a = Conversions.toPrimitive(realm, a, Conversions.Hint.DEFAULT);
                continue;
            }
            if (a instanceof BigInteger x && Conversions.isNumber(b)) {
                return bigIntEqualsNumber(x, Conversions.numberValue(b));
            }
            if (Conversions.isNumber(a) && b instanceof BigInteger y) {
                return bigIntEqualsNumber(y, Conversions.numberValue(a));
            }
            return false;
        }
    }

    private static boolean sameType(Object a, Object b) {
        if (a instanceof JSObject) {
            return b instanceof JSObject;
        }
        return a.getClass() == b.getClass();
    }

    static boolean bigIntEqualsNumber(BigInteger x, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.floor(d)) {
            return false;
        }
        return new BigDecimal(d).toBigInteger().equals(x);
    }
}
