package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;

class BigIntTest {
    private final JSContext cx = new JSRuntime().newContext();

    private Object eval(String source) {
        return cx.evalRaw(source, "bigint-test.js");
    }

    private void assertThrowsJS(String errorName, String messagePart, String source) {
        JSException e = assertThrows(JSException.class, () -> eval(source));
        assertEquals(errorName, e.errorName(), e.getMessage());
        assertTrue(e.errorMessage().contains(messagePart), () -> "message was: " + e.errorMessage());
    }

    private static BigInteger big(String s) {
        return new BigInteger(s);
    }

    @Test
    void bigIntFunctionConvertsNumbersStringsAndBooleans() {
        assertEquals(big("10"), eval("BigInt(10)"));
        assertEquals(big("9007199254740993"), eval("BigInt('9007199254740993')"));
        assertEquals(big("255"), eval("BigInt(' 0xff ')"));
        assertEquals(big("-12"), eval("BigInt('-12')"));
        assertEquals(big("0"), eval("BigInt('')"));
        assertEquals(big("1"), eval("BigInt(true)"));
        assertEquals(big("1000000000000000000000"), eval("BigInt(1e21)"));
        assertEquals(big("7"), eval("BigInt({ valueOf() { return 7; } })"));
    }

    @Test
    void bigIntFunctionErrors() {
        assertThrowsJS("RangeError", "not an integer", "BigInt(1.5)");
        assertThrowsJS("RangeError", "not an integer", "BigInt(NaN)");
        assertThrowsJS("SyntaxError", "Cannot convert 1.5 to a BigInt", "BigInt('1.5')");
        assertThrowsJS("SyntaxError", "Cannot convert", "BigInt('-0x1')");
        assertThrowsJS("TypeError", "undefined", "BigInt(undefined)");
        assertThrowsJS("TypeError", "Symbol", "BigInt(Symbol())");
        assertThrowsJS("TypeError", "not a constructor", "new BigInt(1)");
    }

    @Test
    void asIntNAndAsUintN() {
        assertEquals(big("-1"), eval("BigInt.asIntN(8, 255n)"));
        assertEquals(big("127"), eval("BigInt.asIntN(8, 127n)"));
        assertEquals(big("-128"), eval("BigInt.asIntN(8, 128n)"));
        assertEquals(big("0"), eval("BigInt.asIntN(0, 12345n)"));
        assertEquals(big("255"), eval("BigInt.asUintN(8, -1n)"));
        assertEquals(big("18446744073709551615"), eval("BigInt.asUintN(64, -1n)"));
        assertEquals(big("-5"), eval("BigInt.asIntN(2 ** 53 - 1, -5n)"));
        assertEquals(big("5"), eval("BigInt.asUintN(2 ** 53 - 1, 5n)"));
        assertThrowsJS("RangeError", "Invalid index", "BigInt.asIntN(-1, 0n)");
        assertThrowsJS("TypeError", "BigInt", "BigInt.asUintN(8, 1)");
    }

    @Test
    void prototypeMethods() {
        assertEquals("ff -ff 11111111 255", eval("(255n).toString(16) + ' ' + (-255n).toString(16) + ' ' + (255n).toString(2) + ' ' + (255n).toString()"));
        assertEquals("255", eval("(255n).toLocaleString()"));
        assertEquals(true, eval("Object(5n).valueOf() === 5n"));
        assertThrowsJS("RangeError", "radix", "(1n).toString(37)");
        assertThrowsJS("TypeError", "requires that 'this' be a BigInt", "BigInt.prototype.valueOf.call(1)");
        assertThrowsJS("TypeError", "requires that 'this' be a BigInt", "BigInt.prototype.toString.call({})");
        assertEquals("[object BigInt] bigint object", eval(
            "Object.prototype.toString.call(1n) + ' ' + typeof 1n + ' ' + typeof Object(1n)"));
    }

    @Test
    void mixingWithNumbersIsATypeError() {
        for (String op : new String[] {"+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"}) {
            assertThrowsJS("TypeError", "Cannot mix BigInt", "1n " + op + " 1");
        }
        assertThrowsJS("TypeError", "unsigned right shift", "1n >>> 1n");
        assertThrowsJS("TypeError", "BigInt", "+1n");
        assertThrowsJS("TypeError", "BigInt", "Math.abs(1n)");
    }

    @Test
    void arithmeticRangeErrors() {
        assertThrowsJS("RangeError", "Division by zero", "1n / 0n");
        assertThrowsJS("RangeError", "Division by zero", "1n % 0n");
        assertThrowsJS("RangeError", "non-negative", "2n ** -1n");
        assertEquals(big("1"), eval("0n ** 0n"));
        assertEquals(big("-3"), eval("-7n / 2n"));
        assertEquals(big("-1"), eval("-7n % 2n"));
        assertEquals(big("-4"), eval("-7n >> 1n"));
        assertEquals(big("8"), eval("1n << 3n"));
        assertEquals(big("0"), eval("1n >> 100n"));
    }

    @Test
    void comparisonsWithNumbersAndStrings() {
        assertEquals("true true true false true false", eval(
            "(1n < 2) + ' ' + (2n > '1') + ' ' + (1n == 1) + ' ' + (1n === 1) + ' ' + ('1' == 1n) + ' ' + ('x' == 1n)"));
        assertEquals("false false true true", eval(
            "(1n < NaN) + ' ' + (1n < 'x') + ' ' + (9007199254740993n > 9007199254740992) + ' ' + (0n == -0)"));
        assertEquals("true false true", eval("(1n < Infinity) + ' ' + (1n == 1.5) + ' ' + (2n >= '2')"));
        assertEquals("f t", eval("(0n ? 't' : 'f') + ' ' + (1n ? 't' : 'f')"));
    }

    @Test
    void literalsInEveryRadixWithSeparators() {
        assertEquals(big("31"), eval("0x1fn"));
        assertEquals(big("15"), eval("0o17n"));
        assertEquals(big("5"), eval("0b101n"));
        assertEquals(big("1000000"), eval("1_000_000n"));
        assertEquals("1", eval("Object.keys({1n: 0})[0]"));
    }

    @Test
    void wrappersConvertThroughValueOf() {
        assertEquals(big("4"), eval("Object(3n) + 1n"));
        assertEquals("3", eval("`${3n}`"));
        assertEquals(big("2"), eval("var x = 1n; x++; x"));
    }
}
