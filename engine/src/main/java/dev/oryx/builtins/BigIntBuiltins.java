package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.math.BigInteger;

import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.PrimitiveWrapper;
import dev.oryx.object.Shape;
import dev.oryx.runtime.BigIntConversions;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The BigInt constructor and BigInt.prototype (21.2). */
public final class BigIntBuiltins {
    private BigIntBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.newObject();
        realm.bigintPrototype = proto;
        realm.intrinsics.put("BigIntPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "BigInt", 1, proto, BigIntBuiltins::construct);
        realm.intrinsics.put("BigInt", ctor);
        Builtins.install(realm, ctor,
            method("asIntN", 2, (r, t, a) -> {
                long bits = Conversions.toIndex(r, arg(a, 0));
                return BigIntConversions.asIntN(r, bits, BigIntConversions.toBigInt(r, arg(a, 1)));
            }),
            method("asUintN", 2, (r, t, a) -> {
                long bits = Conversions.toIndex(r, arg(a, 0));
                return BigIntConversions.asUintN(r, bits, BigIntConversions.toBigInt(r, arg(a, 1)));
            }));
        Builtins.install(realm, proto,
            method("toLocaleString", 0, (r, t, a) -> thisBigIntValue(r, t, "toLocaleString").toString()),
            method("toString", 0, BigIntBuiltins::toStringMethod),
            method("valueOf", 0, (r, t, a) -> thisBigIntValue(r, t, "valueOf")),
            Builtins.value(Symbol.TO_STRING_TAG, "BigInt", Shape.CONFIGURABLE));
        Builtins.global(realm, "BigInt", ctor);
    }

    /** BigInt ( value ) (21.2.1.1) */
    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        if (newTarget != Undefined.INSTANCE) {
            throw Errors.typeError(realm, "BigInt is not a constructor");
        }
        Object prim = Conversions.toPrimitive(realm, arg(args, 0), Conversions.Hint.NUMBER);
        if (Conversions.isNumber(prim)) {
            return BigIntConversions.numberToBigInt(realm, Conversions.numberValue(prim));
        }
        return BigIntConversions.toBigInt(realm, prim);
    }

    /** thisBigIntValue (21.2.3.4.1) */
    static BigInteger thisBigIntValue(Realm realm, Object value, String method) {
        if (value instanceof BigInteger b) {
            return b;
        }
        if (value instanceof PrimitiveWrapper w && w.value instanceof BigInteger b) {
            return b;
        }
        throw Errors.typeError(realm, "BigInt.prototype." + method + " requires that 'this' be a BigInt");
    }

    /** BigInt.prototype.toString ( [ radix ] ) (21.2.3.3) */
    private static Object toStringMethod(Realm realm, Object thisValue, Object[] args) {
        BigInteger x = thisBigIntValue(realm, thisValue, "toString");
        Object radix = arg(args, 0);
        int radixMV = 10;
        if (radix != Undefined.INSTANCE) {
            double r = Conversions.toIntegerOrInfinity(realm, radix);
            if (r < 2 || r > 36) {
                throw Errors.rangeError(realm, "toString() radix must be between 2 and 36");
            }
            radixMV = (int) r;
        }
        // BigInteger.toString uses lowercase digits, as BigInt::toString does
        return x.toString(radixMV);
    }
}
