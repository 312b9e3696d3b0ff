package dev.oryx.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Conversions to and from BigInt values (java.math.BigInteger): ToBigInt (7.1.13),
 * ToBigInt64/ToBigUint64 (7.1.15, 7.1.16), NumberToBigInt (21.2.1.1.1) and the modular
 * reductions of BigInt.asIntN/asUintN (21.2.2.1, 21.2.2.2).
 */
public final class BigIntConversions {
    private BigIntConversions() {
    }

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** 7.1.13 ToBigInt */
    public static BigInteger toBigInt(Realm realm, Object v) {
        Object prim = Conversions.toPrimitive(realm, v, Conversions.Hint.NUMBER);
        if (prim instanceof BigInteger b) {
            return b;
        }
        if (prim instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (prim instanceof String s) {
            BigInteger n = Numerics.stringToBigInt(s);
            if (n == null) {
                throw Errors.syntaxError(realm, "Cannot convert " + s + " to a BigInt");
            }
            return n;
        }
        if (prim instanceof Symbol) {
            throw Errors.typeError(realm, "Cannot convert a Symbol value to a BigInt");
        }
        throw Errors.typeError(realm, "Cannot convert " + Conversions.toDisplayString(prim) + " to a BigInt");
    }

    /**
     * 7.1.15 ToBigInt64 and 7.1.16 ToBigUint64 share their 64 bits: the low 64 bits of the
     * two's complement, read signed here and unsigned with {@link #unsigned(long)}.
     */
    public static long toBigInt64(Realm realm, Object v) {
        return toBigInt(realm, v).longValue();
    }

    /** The BigInt whose value is {@code bits} read as an unsigned 64-bit integer. */
    public static BigInteger unsigned(long bits) {
        BigInteger b = BigInteger.valueOf(bits);
        return bits >= 0 ? b : b.add(TWO_64);
    }

    /** 21.2.1.1.1 NumberToBigInt: RangeError unless the Number is an integer. */
    public static BigInteger numberToBigInt(Realm realm, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.floor(d)) {
            throw Errors.rangeError(realm, "The number " + Conversions.toDisplayString(d) + " cannot be converted to a BigInt because it is not an integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return BigInteger.valueOf((long) d);
        }
        return new BigDecimal(d).toBigInteger();
    }

    /** BigInt.asIntN: {@code bigint} modulo 2^bits, as a signed value. */
    public static BigInteger asIntN(Realm realm, long bits, BigInteger bigint) {
        if (bits == 0) {
            return BigInteger.ZERO;
        }
        if (bigint.bitLength() < bits) {
            return bigint;
        }
        int n = (int) bits;
        BigInteger mod = bigint.and(BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE));
        return mod.testBit(n - 1) ? mod.subtract(BigInteger.ONE.shiftLeft(n)) : mod;
    }

    /** BigInt.asUintN: {@code bigint} modulo 2^bits. */
    public static BigInteger asUintN(Realm realm, long bits, BigInteger bigint) {
        if (bits == 0) {
            return BigInteger.ZERO;
        }
        if (bigint.signum() >= 0 && bigint.bitLength() <= bits) {
            return bigint;
        }
        if (bits > Numerics.MAX_BIGINT_BITS) {
            throw Errors.rangeError(realm, "Maximum BigInt size exceeded");
        }
        int n = (int) bits;
        return bigint.and(BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE));
    }
}
