package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;

/** BigInt operators and BigInt.asIntN/asUintN against java.math.BigInteger as the reference. */
class BigIntPropertyTest {
    private static final JSContext CX = new JSRuntime().newContext();

    static {
        CX.evalRaw("""
            var ops = {
              '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b,
              '%': (a, b) => a % b, '&': (a, b) => a & b, '|': (a, b) => a | b, '^': (a, b) => a ^ b,
              '<<': (a, b) => a << b, '>>': (a, b) => a >> b, '**': (a, b) => a ** b,
              '<': (a, b) => a < b, '==': (a, b) => a == b
            };
            function apply(op, a, b) { return ops[op](BigInt(a), BigInt(b)); }""", "setup.js");
    }

    private static Object js(String op, BigInteger a, BigInteger b) {
        try {
            return CX.evalRaw("apply('" + op + "', '" + a + "', '" + b + "')", "p.js");
        } catch (JSException e) {
            return e.errorName();
        }
    }

    @Provide
    static Arbitrary<BigInteger> bigints() {
        Arbitrary<BigInteger> small = Arbitraries.longs().between(-1000, 1000).map(BigInteger::valueOf);
        Arbitrary<BigInteger> longs = Arbitraries.longs().map(BigInteger::valueOf);
        Arbitrary<BigInteger> huge = Arbitraries.bigIntegers().between(BigInteger.TWO.pow(200).negate(), BigInteger.TWO.pow(200));
        return Arbitraries.oneOf(small, longs, huge);
    }

    @Property(tries = 300)
    void arithmeticMatchesBigInteger(@ForAll("bigints") BigInteger a, @ForAll("bigints") BigInteger b) {
        assertEquals(a.add(b), js("+", a, b));
        assertEquals(a.subtract(b), js("-", a, b));
        assertEquals(a.multiply(b), js("*", a, b));
        // BigInt division truncates towards zero and the remainder takes the dividend's sign, as BigInteger's
        assertEquals(b.signum() == 0 ? "RangeError" : a.divide(b), js("/", a, b));
        assertEquals(b.signum() == 0 ? "RangeError" : a.remainder(b), js("%", a, b));
        assertEquals(a.and(b), js("&", a, b));
        assertEquals(a.or(b), js("|", a, b));
        assertEquals(a.xor(b), js("^", a, b));
        assertEquals(a.compareTo(b) < 0, js("<", a, b));
        assertEquals(a.equals(b), js("==", a, b));
    }

    @Property(tries = 300)
    void shiftsMatchBigInteger(@ForAll("bigints") BigInteger a, @ForAll @IntRange(min = -300, max = 300) int n) {
        BigInteger shift = BigInteger.valueOf(n);
        assertEquals(a.shiftLeft(n), js("<<", a, shift));
        // >> is an arithmetic (flooring) shift, as BigInteger.shiftRight
        assertEquals(a.shiftRight(n), js(">>", a, shift));
    }

    @Property(tries = 200)
    void exponentiationMatchesBigInteger(@ForAll("bigints") BigInteger a, @ForAll @IntRange(min = -3, max = 40) int e) {
        Object expected = e < 0 ? "RangeError" : a.pow(e);
        assertEquals(expected, js("**", a, BigInteger.valueOf(e)));
    }

    @Property(tries = 300)
    void asIntNAndAsUintNReduceModuloPowersOfTwo(@ForAll("bigints") BigInteger a, @ForAll @IntRange(min = 0, max = 300) int bits) {
        BigInteger modulus = BigInteger.ONE.shiftLeft(bits);
        BigInteger unsigned = a.mod(modulus);
        BigInteger signed = bits > 0 && unsigned.testBit(bits - 1) ? unsigned.subtract(modulus) : unsigned;
        assertEquals(unsigned, CX.evalRaw("BigInt.asUintN(" + bits + ", " + a + "n)", "p.js"));
        assertEquals(signed, CX.evalRaw("BigInt.asIntN(" + bits + ", " + a + "n)", "p.js"));
    }

    @Property(tries = 300)
    void toStringRoundTripsInEveryRadix(@ForAll("bigints") BigInteger a, @ForAll @IntRange(min = 2, max = 36) int radix) {
        assertEquals(a.toString(radix), CX.evalRaw("(" + a + "n).toString(" + radix + ")", "p.js"));
    }
}
