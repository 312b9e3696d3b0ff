package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;

class TypedArrayTest {
    private final JSContext cx = new JSRuntime().newContext();

    private Object eval(String source) {
        return cx.evalRaw(source, "typedarray-test.js");
    }

    private void assertThrowsJS(String errorName, String messagePart, String source) {
        JSException e = assertThrows(JSException.class, () -> eval(source));
        assertEquals(errorName, e.errorName(), e.getMessage());
        assertTrue(e.errorMessage().contains(messagePart), () -> "message was: " + e.errorMessage());
    }

    private void detach(String bufferExpression) {
        ArrayBufferBuiltins.detachArrayBuffer(cx.realm(), eval(bufferExpression));
    }

    @Test
    void constructorsFromLengthArrayIterableArrayLikeTypedArrayAndBuffer() {
        assertEquals("0,0,0", eval("new Int16Array(3).join()"));
        assertEquals("1,2,3", eval("new Int16Array([1, 2, 3]).join()"));
        assertEquals("4,5", eval("new Int16Array({ length: 2, 0: 4, 1: 5 }).join()"));
        assertEquals("7,8", eval("new Int16Array({ [Symbol.iterator]: function () { return [7, 8][Symbol.iterator](); } }).join()"));
        assertEquals("1,-1", eval("new Int8Array(new Uint8Array([1, 255])).join()"));
        assertEquals("2 2 4", eval("""
            var b = new ArrayBuffer(8);
            var v = new Int16Array(b, 2, 2);
            v.length + ' ' + v.byteOffset + ' ' + v.byteLength"""));
        assertThrowsJS("RangeError", "multiple of 2", "new Int16Array(new ArrayBuffer(8), 1)");
        assertThrowsJS("RangeError", "multiple of 4", "new Int32Array(new ArrayBuffer(7))");
        assertThrowsJS("RangeError", "Invalid typed array length", "new Int32Array(new ArrayBuffer(8), 4, 2)");
        assertThrowsJS("TypeError", "requires 'new'", "Int8Array(1)");
        assertThrowsJS("TypeError", "Abstract class", "new (Object.getPrototypeOf(Int8Array))()");
        assertThrowsJS("TypeError", "Cannot mix BigInt", "new BigInt64Array(new Int8Array(1))");
    }

    @Test
    void viewsShareTheirBuffer() {
        assertEquals("1,0,0,0 257", eval("""
            var i32 = new Int32Array(1);
            i32[0] = 1;
            var u8 = new Uint8Array(i32.buffer);
            var s = u8.join();
            u8[1] = 1;
            s + ' ' + i32[0]"""));
    }

    @Test
    void canonicalNumericStringsNeverReachOrdinaryProperties() {
        assertEquals("undefined undefined undefined undefined false false", eval("""
            var ta = new Int8Array(2);
            ta['-0'] = 5; ta['1.5'] = 5; ta[2] = 5; ta['Infinity'] = 5; ta[-1] = 5;
            ta['-0'] + ' ' + ta['1.5'] + ' ' + ta[2] + ' ' + ta.Infinity + ' ' + ('-0' in ta) + ' ' + ta.hasOwnProperty('1.5')"""));
        assertEquals("0,1,foo,01", eval("""
            var ta = new Int8Array(2);
            ta.foo = 1; ta['01'] = 2;
            Object.keys(ta).join()"""));
        assertEquals(true, eval("""
            Int8Array.prototype[5] = 'proto';
            var r = new Int8Array(2)[5] === undefined;
            delete Int8Array.prototype[5];
            r"""));
    }

    @Test
    void integerIndexedDefineAndDelete() {
        assertEquals("true false false false 7", eval("""
            var ta = new Uint8Array(2);
            var ok = Reflect.defineProperty(ta, '0', { value: 7 });
            ok + ' ' + Reflect.defineProperty(ta, '0', { value: 1, configurable: false }) + ' '
              + Reflect.defineProperty(ta, '5', { value: 1 }) + ' ' + Reflect.deleteProperty(ta, '0') + ' ' + ta[0]"""));
        assertEquals("true true true true", eval("""
            var d = Object.getOwnPropertyDescriptor(new Uint8Array([3]), 0);
            d.writable + ' ' + d.enumerable + ' ' + d.configurable + ' ' + (d.value === 3)"""));
        assertThrowsJS("TypeError", "Cannot", "Object.freeze(new Uint8Array(1))");
        assertEquals(true, eval("Object.isFrozen(Object.freeze(new Uint8Array(0)))"));
    }

    @Test
    void setOnAReceiverThatIsNotTheTypedArray() {
        assertEquals("undefined false true 9 0", eval("""
            var ta = new Uint8Array(1);
            var child = Object.create(ta);
            child[5] = 1;
            child[0] = 9;
            child[5] + ' ' + child.hasOwnProperty(5) + ' ' + child.hasOwnProperty(0) + ' ' + child[0] + ' ' + ta[0]"""));
    }

    @Test
    void detachedArraysReadUndefinedAndReportZeroLength() {
        eval("var ta = new Float64Array([1.5, 2.5]);");
        detach("ta.buffer");
        assertEquals("undefined 0 0 0 false", eval("ta[0] + ' ' + ta.length + ' ' + ta.byteLength + ' ' + ta.byteOffset + ' ' + (0 in ta)"));
        eval("ta[0] = 5;");
        assertThrowsJS("TypeError", "detached", "ta.join()");
        assertThrowsJS("TypeError", "detached", "for (var x of ta) {}");
        assertEquals(0, eval("Object.keys(ta).length"));
    }

    @Test
    void valueConversionHappensBeforeTheDetachCheck() {
        cx.defineFunction("detachMe", 1, (t, a) -> {
            ArrayBufferBuiltins.detachArrayBuffer(cx.realm(), a[0]);
            return null;
        });
        assertEquals("undefined 0", eval("""
            var ta = new Int8Array(2);
            var buf = ta.buffer;
            ta[0] = { valueOf() { detachMe(buf); return 1; } };
            ta[0] + ' ' + ta.length"""));
        // after the detach every element reads as undefined, so includes(undefined) finds one
        assertEquals(true, eval("""
            var ta2 = new Int8Array(2);
            ta2.includes(undefined, { valueOf() { detachMe(ta2.buffer); return 0; } })"""));
        assertThrowsJS("TypeError", "detached", """
            var ta3 = new Int8Array(4);
            ta3.fill(1, { valueOf() { detachMe(ta3.buffer); return 0; } })""");
    }

    @Test
    void bigIntArrays() {
        assertEquals(new BigInteger("-1"), eval("new BigInt64Array([-1n])[0]"));
        assertEquals(new BigInteger("18446744073709551615"), eval("new BigUint64Array([-1n])[0]"));
        assertEquals(new BigInteger("1"), eval("var b = new BigInt64Array(1); b[0] = 2n ** 64n + 1n; b[0]"));
        assertThrowsJS("TypeError", "Cannot convert 1 to a BigInt", "new BigInt64Array(1)[0] = 1");
        assertThrowsJS("SyntaxError", "Cannot convert", "new BigInt64Array(['x'])");
    }

    @Test
    void iterationAndCallbackMethods() {
        assertEquals("1,2,3", eval("var out = []; for (var x of new Uint8Array([1, 2, 3])) out.push(x); out.join()"));
        assertEquals("0,1|1,2", eval("[...new Uint16Array([1, 2]).entries()].join('|')"));
        assertEquals("2,4 true false 2 1 3 3 6", eval("""
            var ta = new Int32Array([1, 2, 3]);
            ta.map(x => x * 2).filter(x => x < 5).join() + ' ' + ta.some(x => x > 2) + ' ' + ta.every(x => x > 2) + ' '
              + ta.find(x => x > 1) + ' ' + ta.findIndex(x => x > 1) + ' ' + ta.findLast(x => x > 1) + ' ' + ta.at(-1) + ' '
              + ta.reduce((a, b) => a + b)"""));
        assertEquals("3,2,1 1 2 -1 true false", eval("""
            var ta = new Int32Array([1, 2, 3]);
            ta.reverse().join() + ' ' + ta.indexOf(2) + ' ' + ta.lastIndexOf(1) + ' ' + ta.indexOf(9) + ' '
              + new Float32Array([NaN]).includes(NaN) + ' ' + (new Float32Array([NaN]).indexOf(NaN) >= 0)"""));
        assertThrowsJS("TypeError", "Reduce of empty array", "new Int8Array(0).reduce((a, b) => a)");
        assertThrowsJS("TypeError", "is not a function", "new Int8Array(1).map(1)");
    }

    @Test
    void sortOrdersNumbersWithNegativeZeroBeforeZeroAndNaNLast() {
        assertEquals("-Infinity,-1,0,0,3,NaN", eval("new Float64Array([3, NaN, 0, -0, -1, -Infinity]).sort().join()"));
        assertEquals(true, eval("1 / new Float64Array([0, -0]).sort()[0] === -Infinity"));
        assertEquals("3,2,1", eval("new Uint8Array([1, 3, 2]).sort((a, b) => b - a).join()"));
        assertEquals("-2,1,3", eval("new BigInt64Array([3n, -2n, 1n]).sort().join()"));
        assertEquals("1,2,3 3,1,2", eval("var t = new Int8Array([3, 1, 2]); t.toSorted().join() + ' ' + t.join()"));
        assertThrowsJS("TypeError", "comparison function", "new Int8Array(1).sort(1)");
    }

    @Test
    void setCopiesWithConversionAndOverlap() {
        assertEquals("0,1,2,3", eval("var t = new Int8Array(4); t.set([1, 2, 3], 1); t.join()"));
        assertEquals("1,1,2,3", eval("var t = new Int8Array([1, 2, 3, 4]); t.set(t.subarray(0, 3), 1); t.join()"));
        assertEquals("1,2,44", eval("var t = new Uint8Array(3); t.set(new Float64Array([1.5, 2.7, 300])); t.join()"));
        assertThrowsJS("RangeError", "out of bounds", "new Int8Array(2).set([1, 2, 3])");
        assertThrowsJS("RangeError", "out of bounds", "new Int8Array(2).set([1], -1)");
        assertThrowsJS("TypeError", "Cannot mix BigInt", "new Int8Array(2).set(new BigInt64Array(1))");
    }

    @Test
    void subarraySliceFillCopyWithin() {
        assertEquals("2,3 true 9", eval("""
            var t = new Int8Array([1, 2, 3, 4]);
            var s = t.subarray(1, -1);
            var before = s.join();
            s[0] = 9;
            before + ' ' + (s.buffer === t.buffer) + ' ' + t[1]"""));
        assertEquals("2,3 false", eval("var t = new Int8Array([1, 2, 3, 4]); var s = t.slice(1, 3); s.join() + ' ' + (s.buffer === t.buffer)"));
        assertEquals("0,7,7,0", eval("new Int8Array(4).fill(7, 1, 3).join()"));
        assertEquals("3,4,3,4", eval("new Int8Array([1, 2, 3, 4]).copyWithin(0, 2).join()"));
        assertEquals("1,1,2,3", eval("new Int8Array([1, 2, 3, 4]).copyWithin(1, 0).join()"));
        assertEquals("1,9,3 1,2,3 3,2,1", eval("var t = new Int8Array([1, 2, 3]); t.with(1, 9).join() + ' ' + t.join() + ' ' + t.toReversed().join()"));
    }

    @Test
    void speciesIsUsedForMapFilterSliceAndSubarray() {
        assertEquals("true true true true", eval("""
            class My extends Uint8Array {}
            var m = new My([1, 2, 3]);
            (m.map(x => x) instanceof My) + ' ' + (m.filter(x => x) instanceof My) + ' ' + (m.slice() instanceof My) + ' '
              + (m.subarray(1) instanceof My)"""));
        assertThrowsJS("TypeError", "too small", """
            var t = new Uint8Array(4);
            t.constructor = { [Symbol.species]: function () { return new Uint8Array(1); } };
            t.map(x => x)""");
        assertThrowsJS("TypeError", "incompatible content type", """
            var t = new Uint8Array(4);
            t.constructor = { [Symbol.species]: function (n) { return new BigInt64Array(n); } };
            t.slice()""");
    }

    @Test
    void staticsFromAndOf() {
        assertEquals("2,4,6", eval("Int8Array.from([1, 2, 3], x => x * 2).join()"));
        assertEquals("1,2", eval("Int8Array.from({ length: 2, 0: 1, 1: 2 }).join()"));
        assertEquals("5,6 Uint16Array", eval("var o = Uint16Array.of(5, 6); o.join() + ' ' + o.constructor.name"));
        assertThrowsJS("TypeError", "not a constructor", "Int8Array.of.call(Math.max, 1)");
    }

    @Test
    void prototypeShapes() {
        assertEquals("1 1 8 3 TypedArray 0", eval("""
            Int8Array.BYTES_PER_ELEMENT + ' ' + Int8Array.prototype.BYTES_PER_ELEMENT + ' ' + Float64Array.BYTES_PER_ELEMENT + ' '
              + Int8Array.length + ' ' + Object.getPrototypeOf(Int8Array).name + ' ' + Object.getPrototypeOf(Int8Array).length"""));
        assertEquals("Int8Array undefined [object Uint8ClampedArray]", eval("""
            var TA = Object.getPrototypeOf(Int8Array);
            var tag = Object.getOwnPropertyDescriptor(TA.prototype, Symbol.toStringTag).get;
            tag.call(new Int8Array(0)) + ' ' + tag.call({}) + ' ' + Object.prototype.toString.call(new Uint8ClampedArray(0))"""));
        assertEquals(true, eval("Object.getPrototypeOf(Int8Array).prototype.toString === Array.prototype.toString"));
        assertEquals(true, eval("Int8Array.prototype[Symbol.iterator] === Int8Array.prototype.values"));
    }

    @Test
    void namedPropertyCachesNeverServeNumericNamesOfTypedArrays() {
        assertEquals("2,,p,p,,5", eval("""
            Int8Array.prototype.Infinity = 'p';
            function inf(x) { return x.Infinity; }
            var ta = new Int8Array(2);
            var plain = Object.create(Int8Array.prototype);
            var out = [ta.length, ta.NaN, inf(plain), inf(plain), inf(ta)];
            ta.foo = 5;
            out.push(ta.foo);
            delete Int8Array.prototype.Infinity;
            out.join()"""));
    }
}
