package dev.oryx.interp;

import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Operators;
import dev.oryx.runtime.Realm;

/** Small static helpers for the interpreter's arithmetic: double fast paths, then the generic operators. */
final class Arithmetic {
    private Arithmetic() {
    }

    /** x + y of two int32 values: an int32 when it fits, else the exact sum as a double. */
    static Object addInt32(int x, int y) {
        int r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? (Object) ((double) x + y) : (Object) r;
    }

    /** x - y of two int32 values: an int32 when it fits, else the exact difference as a double. */
    static Object subInt32(int x, int y) {
        int r = x - y;
        return ((x ^ y) & (x ^ r)) < 0 ? (Object) ((double) x - y) : (Object) r;
    }

    static Object add(Realm realm, Object a, Object b) {
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return Conversions.number(x + y);
            }
            if (b instanceof Integer y) {
                return Conversions.number(x + y);
            }
        } else if (a instanceof Integer x) {
            if (b instanceof Integer y) {
                return addInt32(x, y); // callers without an int path of their own (leaves)
            }
            if (b instanceof Double y) {
                return Conversions.number(x + y);
            }
        }
        return Operators.add(realm, a, b);
    }

    static Object sub(Realm realm, Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return subInt32(x, y);
        }
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            return Conversions.number(Conversions.numberValue(a) - Conversions.numberValue(b));
        }
        return Operators.arithmetic(realm, Operators.Arith.SUB, a, b);
    }

    static Object mul(Realm realm, Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            long r = (long) x * y;
            if (r == (int) r && (r != 0 || (x >= 0 && y >= 0))) {
                return (int) r;
            }
            return Conversions.number((double) x * y);
        }
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            return Conversions.number(Conversions.numberValue(a) * Conversions.numberValue(b));
        }
        return Operators.arithmetic(realm, Operators.Arith.MUL, a, b);
    }

    static boolean lt(Realm realm, Object a, Object b) {
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            return Conversions.numberValue(a) < Conversions.numberValue(b);
        }
        return Operators.lt(realm, a, b);
    }

    /** a > b, a >= b or a <= b ({@code op} OP_GT, OP_GE, OP_LE) off the int fast path. */
    static boolean compare(Realm realm, int op, Object a, Object b) {
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            double x = Conversions.numberValue(a);
            double y = Conversions.numberValue(b);
            return op == dev.oryx.bytecode.Opcode.OP_GT ? x > y : op == dev.oryx.bytecode.Opcode.OP_GE ? x >= y : x <= y;
        }
        return switch (op) {
            case dev.oryx.bytecode.Opcode.OP_GT -> Operators.gt(realm, a, b);
            case dev.oryx.bytecode.Opcode.OP_GE -> Operators.ge(realm, a, b);
            default -> Operators.le(realm, a, b);
        };
    }

    static boolean strictEquals(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d) || !d.isNaN();
        }
        return Equality.strictEquals(a, b);
    }

    /** ToNumeric({@code value}) + {@code delta}: INC and DEC off their int fast path. */
    static Object increment(Realm realm, Object value, int delta) {
        return Operators.increment(Conversions.toNumeric(realm, value), delta);
    }
}
