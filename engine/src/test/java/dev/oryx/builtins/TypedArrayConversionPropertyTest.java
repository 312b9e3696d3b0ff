package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.TypedArrayKind;
import dev.oryx.runtime.Conversions;

/**
 * Element conversions of typed arrays (ToInt8 ... ToUint32, ToUint8Clamp, Float32 rounding)
 * against straightforward references written from the spec's mathematical definitions with
 * BigDecimal, through TypedArrayKind and through the interpreter's element store.
 */
class TypedArrayConversionPropertyTest {
    private static final JSContext CX = new JSRuntime().newContext();

    static {
        CX.evalRaw("""
            var arrays = {};
            ['Int8', 'Uint8', 'Uint8Clamped', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32', 'Float64'].forEach(function (n) {
              arrays[n] = new globalThis[n + 'Array'](1);
            });
            function store(name, v) { var a = arrays[name]; a[0] = v; return a[0]; }""", "setup.js");
    }

    @Provide
    static Arbitrary<Double> numbers() {
        Arbitrary<Double> bits = Arbitraries.longs().map(Double::longBitsToDouble);
        Arbitrary<Double> integers = Arbitraries.longs().between(-(1L << 53), 1L << 53).map(l -> (double) l);
        Arbitrary<Double> halves = Arbitraries.integers().between(-1000, 1000).map(i -> i + 0.5);
        Arbitrary<Double> smallFractions = Arbitraries.doubles().between(-300, 300);
        Arbitrary<Double> powers = Arbitraries.integers().between(-160, 160).map(e -> Math.scalb(1.0, e));
        Arbitrary<Double> special = Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
            255.5, 254.5, 0.5, 1.5, -0.5, 4294967296.0, 2147483648.0, -2147483649.0, (double) Float.MAX_VALUE,
            3.4028235677973366e38, 3.4028235677973362e38, 1.401298464324817e-45, 7.006492321624085e-46);
        return Arbitraries.oneOf(bits, integers, halves, smallFractions, powers, special);
    }

    /** ToInt8 ... ToUint32 (7.1.6-7.1.11): truncate, reduce modulo 2^bits, then map to the signed range. */
    static long referenceInteger(double n, int bits, boolean signed) {
        if (Double.isNaN(n) || Double.isInfinite(n) || n == 0) {
            return 0;
        }
        BigInteger integer = new BigDecimal(n).toBigInteger();
        BigInteger modulus = BigInteger.ONE.shiftLeft(bits);
        BigInteger m = integer.mod(modulus);
        if (signed && m.testBit(bits - 1)) {
            m = m.subtract(modulus);
        }
        return m.longValueExact();
    }

    /** ToUint8Clamp (7.1.12), step by step. */
    static long referenceClamp(double n) {
        if (Double.isNaN(n) || n <= 0) {
            return 0;
        }
        if (n >= 255) {
            return 255;
        }
        double f = Math.floor(n);
        if (f + 0.5 < n) {
            return (long) f + 1;
        }
        if (n < f + 0.5) {
            return (long) f;
        }
        return ((long) f) % 2 == 1 ? (long) f + 1 : (long) f;
    }

    /** roundTiesToEven of the exact value to binary32, found by bracketing with exact decimal comparisons. */
    static float referenceFloat32(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return (float) d;
        }
        BigDecimal x = new BigDecimal(d);
        BigDecimal halfwayToOverflow = new BigDecimal(BigInteger.TWO.pow(128).subtract(BigInteger.TWO.pow(103)));
        if (x.abs().compareTo(halfwayToOverflow) >= 0) {
            return d > 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
        }
        float lo = (float) d;
        if (Float.isInfinite(lo)) {
            lo = Math.copySign(Float.MAX_VALUE, lo);
        }
        while (new BigDecimal(lo).compareTo(x) > 0) {
            lo = Math.nextDown(lo);
        }
        while (Math.abs(Math.nextUp(lo)) <= Float.MAX_VALUE && new BigDecimal(Math.nextUp(lo)).compareTo(x) <= 0) {
            lo = Math.nextUp(lo);
        }
        float result;
        if (new BigDecimal(lo).compareTo(x) == 0) {
            result = lo;
        } else if (lo == Float.MAX_VALUE) {
            result = lo;
        } else {
            float hi = Math.nextUp(lo);
            int c = x.subtract(new BigDecimal(lo)).compareTo(new BigDecimal(hi).subtract(x));
            if (c < 0) {
                result = lo;
            } else if (c > 0) {
                result = hi;
            } else {
                result = (Float.floatToRawIntBits(lo) & 1) == 0 ? lo : hi;
            }
        }
        return result == 0 ? Math.copySign(0f, (float) Math.signum(d)) : result;
    }

    private static double viaKind(TypedArrayKind kind, double v) {
        byte[] b = new byte[8];
        kind.write(b, 0, Conversions.number(v), true);
        return Conversions.numberValue(kind.read(b, 0, true));
    }

    private static double viaScript(String type, double v) {
        String literal = Double.isNaN(v) ? "NaN" : Double.isInfinite(v) ? (v > 0 ? "Infinity" : "-Infinity") : "Number('" + v + "')";
        return Conversions.numberValue(CX.evalRaw("store('" + type + "', " + literal + ")", "p.js"));
    }

    @Property(tries = 1000)
    void integerConversionsMatchTheSpec(@ForAll("numbers") double v) {
        assertEquals(referenceInteger(v, 8, true), (long) viaKind(TypedArrayKind.INT8, v));
        assertEquals(referenceInteger(v, 8, false), (long) viaKind(TypedArrayKind.UINT8, v));
        assertEquals(referenceInteger(v, 16, true), (long) viaKind(TypedArrayKind.INT16, v));
        assertEquals(referenceInteger(v, 16, false), (long) viaKind(TypedArrayKind.UINT16, v));
        assertEquals(referenceInteger(v, 32, true), (long) viaKind(TypedArrayKind.INT32, v));
        assertEquals(referenceInteger(v, 32, false), (long) viaKind(TypedArrayKind.UINT32, v));
        assertEquals(referenceClamp(v), (long) viaKind(TypedArrayKind.UINT8_CLAMPED, v));
    }

    @Property(tries = 1000)
    void float32RoundsToNearestEven(@ForAll("numbers") double v) {
        float expected = referenceFloat32(v);
        double actual = viaKind(TypedArrayKind.FLOAT32, v);
        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits((float) actual), () -> "for " + v);
        assertEquals((double) expected, actual, 0.0);
        assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(viaKind(TypedArrayKind.FLOAT64, v)));
    }

    @Property(tries = 200)
    void theInterpreterStoresConvertTheSameWay(@ForAll("numbers") double v) {
        assertEquals(referenceInteger(v, 8, true), (long) viaScript("Int8", v));
        assertEquals(referenceInteger(v, 32, false), (long) viaScript("Uint32", v));
        assertEquals(referenceClamp(v), (long) viaScript("Uint8Clamped", v));
        assertEquals(Float.floatToIntBits(referenceFloat32(v)), Float.floatToIntBits((float) viaScript("Float32", v)));
        assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(viaScript("Float64", v)));
    }

    @Example
    void minusZeroSurvivesInFloatArraysOnly() {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(viaScript("Float64", -0.0)));
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits((float) viaScript("Float32", -0.0)));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(viaScript("Int16", -0.0)));
    }
}
