package dev.oryx.runtime;

import java.math.BigInteger;

import dev.oryx.number.NumberToString;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.string.ConsString;

/**
 * The generic semantics of the operators (13.5-13.12, 6.1.6): what the interpreter calls when
 * its int32/double fast paths do not apply. Number results are normalized with
 * {@link Conversions#number(double)} so int32 values stay on the fast paths.
 */
public final class Operators {
    private Operators() {
    }

    // ---- + ----

    /** ApplyStringOrNumericBinaryOperator for + (13.15.3). */
    public static Object add(Realm realm, Object a, Object b) {
        if (a instanceof String s) {
            if (b instanceof String t) {
                return concat(realm, s, t);
            }
            if (b instanceof Integer i) {
                return concat(realm, s, NumberToString.ofInt(i)); // "row" + i: ToString of an int32
            }
        } else if (a instanceof Integer i && b instanceof String t) {
            return concat(realm, NumberToString.ofInt(i), t);
        }
        // ropes are primitives: ToPrimitive would flatten them, so they skip it here
        Object lp = a instanceof ConsString ? a : Conversions.toPrimitive(realm, a, Conversions.Hint.DEFAULT);
        Object rp = b instanceof ConsString ? b : Conversions.toPrimitive(realm, b, Conversions.Hint.DEFAULT);
        if (Conversions.isString(lp) || Conversions.isString(rp)) {
            return concat(realm, stringValue(realm, lp), stringValue(realm, rp));
        }
        Object ln = Conversions.toNumeric(realm, lp);
        Object rn = Conversions.toNumeric(realm, rp);
        if (ln instanceof BigInteger x) {
            if (rn instanceof BigInteger y) {
                return x.add(y);
            }
            throw mixed(realm);
        }
        if (rn instanceof BigInteger) {
            throw mixed(realm);
        }
        if (ln instanceof Integer x && rn instanceof Integer y) {
            return Conversions.number((long) x + y);
        }
        return Conversions.number(Conversions.numberValue(ln) + Conversions.numberValue(rn));
    }

    /** ToString of a primitive, keeping a rope a rope. */
    private static CharSequence stringValue(Realm realm, Object primitive) {
        return primitive instanceof ConsString c ? c : Conversions.toString(realm, primitive);
    }

    /** Maximum string length, as in major engines (2^30 - 25 code units). */
    public static final int MAX_STRING_LENGTH = (1 << 30) - 25;

    /** Concatenation of two String values (Strings or ropes), flat when short. */
    public static Object concat(Realm realm, CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0) {
            return b;
        }
        if (lb == 0) {
            return a;
        }
        if ((long) la + lb > MAX_STRING_LENGTH) {
            throw Errors.rangeError(realm, "Invalid string length");
        }
        if (la + lb >= ConsString.MIN_LENGTH) {
            return ConsString.concat(a, b);
        }
        return ConsString.flat(a).concat(ConsString.flat(b));
    }

    private static dev.oryx.api.JSException mixed(Realm realm) {
        return Errors.typeError(realm, "Cannot mix BigInt and other types, use explicit conversions");
    }

    // ---- other arithmetic ----

    public enum Arith { SUB, MUL, DIV, MOD, EXP, SHL, SAR, SHR, AND, OR, XOR }

    /** -, *, /, %, **, <<, >>, >>>, &, |, ^ on arbitrary values. */
    public static Object arithmetic(Realm realm, Arith op, Object a, Object b) {
        Object ln = Conversions.toNumeric(realm, a);
        Object rn = Conversions.toNumeric(realm, b);
        if (ln instanceof BigInteger x) {
            if (!(rn instanceof BigInteger y)) {
                throw mixed(realm);
            }
            return bigint(realm, op, x, y);
        }
        if (rn instanceof BigInteger) {
            throw mixed(realm);
        }
        return number(op, Conversions.numberValue(ln), Conversions.numberValue(rn));
    }

    public static Object number(Arith op, double x, double y) {
        switch (op) {
            case SUB:
                return Conversions.number(x - y);
            case MUL:
                return Conversions.number(x * y);
            case DIV:
                return Conversions.number(x / y);
            case MOD:
                return Conversions.number(x % y);
            case EXP:
                return Conversions.number(Numerics.exponentiate(x, y));
            case SHL:
                return Conversions.toInt32(x) << (Conversions.toInt32(y) & 31);
            case SAR:
                return Conversions.toInt32(x) >> (Conversions.toInt32(y) & 31);
            case SHR:
                return Conversions.number((Conversions.toInt32(x) & 0xFFFFFFFFL) >>> (Conversions.toInt32(y) & 31));
            case AND:
                return Conversions.toInt32(x) & Conversions.toInt32(y);
            case OR:
                return Conversions.toInt32(x) | Conversions.toInt32(y);
            default:
                return Conversions.toInt32(x) ^ Conversions.toInt32(y);
        }
    }

    private static Object bigint(Realm realm, Arith op, BigInteger x, BigInteger y) {
        switch (op) {
            case SUB:
                return x.subtract(y);
            case MUL: {
                if ((long) x.bitLength() + y.bitLength() > Numerics.MAX_BIGINT_BITS) {
                    throw Errors.rangeError(realm, "Maximum BigInt size exceeded");
                }
                return x.multiply(y);
            }
            case DIV:
                if (y.signum() == 0) {
                    throw Errors.rangeError(realm, "Division by zero");
                }
                return x.divide(y);
            case MOD:
                if (y.signum() == 0) {
                    throw Errors.rangeError(realm, "Division by zero");
                }
                return x.remainder(y);
            case EXP: {
                if (y.signum() < 0) {
                    throw Errors.rangeError(realm, "Exponent must be non-negative");
                }
                if (x.signum() == 0 || x.equals(BigInteger.ONE)) {
                    return y.signum() == 0 ? BigInteger.ONE : x;
                }
                if (x.equals(BigInteger.ONE.negate())) {
                    return y.testBit(0) ? x : BigInteger.ONE;
                }
                if (y.bitLength() > 31 || (long) x.bitLength() * y.intValue() > Numerics.MAX_BIGINT_BITS) {
                    throw Errors.rangeError(realm, "Maximum BigInt size exceeded");
                }
                return x.pow(y.intValue());
            }
            case SHL:
                return shiftLeft(realm, x, y);
            case SAR:
                return shiftLeft(realm, x, y.negate());
            case SHR:
                throw Errors.typeError(realm, "BigInts have no unsigned right shift, use >> instead");
            case AND:
                return x.and(y);
            case OR:
                return x.or(y);
            default:
                return x.xor(y);
        }
    }

    private static BigInteger shiftLeft(Realm realm, BigInteger x, BigInteger y) {
        if (y.bitLength() > 31) {
            if (y.signum() < 0) {
                return x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
            }
            if (x.signum() == 0) {
                return x;
            }
            throw Errors.rangeError(realm, "Maximum BigInt size exceeded");
        }
        int n = y.intValue();
        if (n > 0 && (long) x.bitLength() + n > Numerics.MAX_BIGINT_BITS) {
            throw Errors.rangeError(realm, "Maximum BigInt size exceeded");
        }
        return n >= 0 ? x.shiftLeft(n) : x.shiftRight(-n);
    }

    // ---- unary ----

    public static Object negate(Realm realm, Object a) {
        Object n = Conversions.toNumeric(realm, a);
        if (n instanceof BigInteger x) {
            return x.negate();
        }
        if (n instanceof Integer i && i != 0 && i != Integer.MIN_VALUE) {
            return -i;
        }
        return Conversions.number(-Conversions.numberValue(n));
    }

    public static Object bitwiseNot(Realm realm, Object a) {
        Object n = Conversions.toNumeric(realm, a);
        if (n instanceof BigInteger x) {
            return x.not();
        }
        return ~Conversions.toInt32(Conversions.numberValue(n));
    }

    /** x + 1 / x - 1 for ++ and -- on an already ToNumeric-converted value. */
    public static Object increment(Object numeric, int delta) {
        if (numeric instanceof Integer i) {
            return Conversions.number((long) i + delta);
        }
        if (numeric instanceof BigInteger b) {
            return b.add(BigInteger.valueOf(delta));
        }
        return Conversions.number((Double) numeric + delta);
    }

    // ---- relational comparison (7.2.13 IsLessThan) ----

    /** Returns 1 for true, 0 for false, -1 for undefined (NaN involved). */
    public static int lessThan(Realm realm, Object x, Object y, boolean leftFirst) {
        Object px;
        Object py;
        if (leftFirst) {
            px = Conversions.toPrimitive(realm, x, Conversions.Hint.NUMBER);
            py = Conversions.toPrimitive(realm, y, Conversions.Hint.NUMBER);
        } else {
            py = Conversions.toPrimitive(realm, y, Conversions.Hint.NUMBER);
            px = Conversions.toPrimitive(realm, x, Conversions.Hint.NUMBER);
        }
        if (px instanceof String s && py instanceof String t) {
            return s.compareTo(t) < 0 ? 1 : 0;
        }
        if (px instanceof BigInteger a && py instanceof String t) {
            BigInteger b = Numerics.stringToBigInt(t);
            return b == null ? -1 : (a.compareTo(b) < 0 ? 1 : 0);
        }
        if (px instanceof String s && py instanceof BigInteger b) {
            BigInteger a = Numerics.stringToBigInt(s);
            return a == null ? -1 : (a.compareTo(b) < 0 ? 1 : 0);
        }
        Object nx = Conversions.toNumeric(realm, px);
        Object ny = Conversions.toNumeric(realm, py);
        if (nx instanceof BigInteger a) {
            if (ny instanceof BigInteger b) {
                return a.compareTo(b) < 0 ? 1 : 0;
            }
            int c = Numerics.compareBigIntNumber(a, Conversions.numberValue(ny));
            return c == 2 ? -1 : (c < 0 ? 1 : 0);
        }
        if (ny instanceof BigInteger b) {
            int c = Numerics.compareBigIntNumber(b, Conversions.numberValue(nx));
            return c == 2 ? -1 : (c > 0 ? 1 : 0);
        }
        double a = Conversions.numberValue(nx);
        double b = Conversions.numberValue(ny);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return -1;
        }
        return a < b ? 1 : 0;
    }

    public static boolean lt(Realm realm, Object a, Object b) {
        return lessThan(realm, a, b, true) == 1;
    }

    public static boolean gt(Realm realm, Object a, Object b) {
        return lessThan(realm, b, a, false) == 1;
    }

    public static boolean le(Realm realm, Object a, Object b) {
        return lessThan(realm, b, a, false) == 0;
    }

    public static boolean ge(Realm realm, Object a, Object b) {
        return lessThan(realm, a, b, true) == 0;
    }

    // ---- instanceof and in ----

    /** 13.10.2 InstanceofOperator */
    public static boolean instanceOf(Realm realm, Object value, Object target) {
        if (!(target instanceof JSObject t)) {
            throw Errors.typeError(realm, "Right-hand side of 'instanceof' is not an object");
        }
        Object handler = t.get(realm, Symbol.HAS_INSTANCE, t);
        if (!Conversions.isNullish(handler)) {
            if (!(handler instanceof JSFunction f)) {
                throw Errors.typeError(realm, "Symbol.hasInstance is not a function");
            }
            return Conversions.toBoolean(f.call(t, new Object[] {value}));
        }
        if (!(t instanceof JSFunction)) {
            throw Errors.typeError(realm, "Right-hand side of 'instanceof' is not callable");
        }
        return ordinaryHasInstance(realm, t, value);
    }

    /** 7.3.21 OrdinaryHasInstance */
    public static boolean ordinaryHasInstance(Realm realm, Object c, Object o) {
        if (!(c instanceof JSFunction f)) {
            return false;
        }
        if (f instanceof BoundTarget bt) {
            return instanceOf(realm, o, bt.boundTargetFunction());
        }
        if (!(o instanceof JSObject obj)) {
            return false;
        }
        Object p = f.get(realm, "prototype", f);
        if (!(p instanceof JSObject proto)) {
            throw Errors.typeError(realm, "Function has non-object prototype '" + Conversions.toDisplayString(p) + "' in instanceof check");
        }
        JSObject cur = obj.getPrototypeOf(realm);
        while (cur != null) {
            if (cur == proto) {
                return true;
            }
            cur = cur.getPrototypeOf(realm);
        }
        return false;
    }

    /** Implemented by bound functions, for OrdinaryHasInstance. */
    public interface BoundTarget {
        JSObject boundTargetFunction();
    }

    /** The {@code in} operator (13.10.1). */
    public static boolean in(Realm realm, Object key, Object target) {
        if (!(target instanceof JSObject t)) {
            throw Errors.typeError(realm, "Cannot use 'in' operator to search for '"
                + (key instanceof Symbol ? key.toString() : Conversions.toDisplayString(key)) + "' in " + Conversions.toDisplayString(target));
        }
        return t.hasProperty(realm, Conversions.toPropertyKey(realm, key));
    }
}
