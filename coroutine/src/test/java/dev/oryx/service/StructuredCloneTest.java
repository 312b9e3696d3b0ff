package dev.oryx.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.JSObject;

/**
 * The copy between two heaps directly (serialize in one realm, deserialize in another). Built-ins
 * the engine may not have yet (Date, Map, Set, typed arrays) are checked only when present.
 */
class StructuredCloneTest {
    private final JSRuntime fromRuntime = new JSRuntime();
    private final JSContext from = fromRuntime.newContext();
    private final StructuredClone fromClone = new StructuredClone(from.realm());
    private final JSRuntime toRuntime = new JSRuntime();
    private final JSContext to = toRuntime.newContext();
    private final StructuredClone toClone = new StructuredClone(to.realm());

    private Object copy(String js) {
        return toClone.deserialize(fromClone.serialize(from.evalRaw(js, "from.js")));
    }

    /** Copies the value of {@code js} into the other heap as {@code v} and evaluates {@code check} there. */
    private Object check(String js, String check) {
        Object v = copy(js);
        to.setGlobal("v", v);
        return to.evalRaw(check, "to.js");
    }

    private boolean has(String intrinsic) {
        return from.realm().intrinsics.containsKey(intrinsic);
    }

    @Test
    void primitivesPassAsTheyAre() {
        String s = "text";
        from.setGlobal("s", s);
        assertSame(s, fromClone.serialize(s));
        assertEquals(42, copy("42"));
        assertEquals(true, copy("true"));
        assertEquals("undefined", check("undefined", "typeof v"));
        assertEquals("null", check("null", "v === null ? 'null' : 'other'"));
    }

    @Test
    void plainObjectsKeepOwnEnumerableStringKeysInOrderAndRunGetters() {
        assertEquals("1,2,b,a,g,nested|x|got|false|true", check("""
            const o = { b: 1, a: 2, 2: 'two', 1: 'one', get g() { return 'got'; }, [Symbol('s')]: 1, nested: { x: 'x' }, hidden: 0 };
            Object.defineProperty(o, 'hidden', { enumerable: false });
            o
            """, "Object.keys(v).join() + '|' + v.nested.x + '|' + v.g + '|' + "
                + "(Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(v).length > 0 : false) + '|' + "
                + "(Object.getOwnPropertyDescriptor(v, 'g').value === 'got' && !('hidden' in v))"));
    }

    @Test
    void classInstancesBecomePlainObjects() {
        assertEquals("true|3", check("class P { constructor() { this.n = 3; } m() {} }; new P()",
            "(Object.getPrototypeOf(v) === Object.prototype) + '|' + v.n"));
    }

    @Test
    void dataCloneErrorNamesWhatCouldNotBeCloned() {
        JSException e = org.junit.jupiter.api.Assertions.assertThrows(JSException.class, () -> copy("({ f() {} })"));
        assertEquals("DataCloneError: function f could not be cloned", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(JSException.class, () -> copy("(function*(){})()"));
        assertEquals("DataCloneError: #<Object> could not be cloned", e.getMessage());
    }

    /** Regression: a 5,000-deep object overflowed the Java stack of the copying thread (a worker). */
    @Test
    void deepGraphsCopyWithoutRecursion() {
        assertEquals(100_000, check("let o = { n: 0 }; for (let i = 1; i <= 100000; i++) o = { o, n: i }; o",
            "(() => { let d = 0; for (let x = v; x.o; x = x.o) d++; return d; })()"));
        assertEquals(50_000, check("let a = []; for (let i = 0; i < 50000; i++) a = [a]; a",
            "(() => { let d = 0; for (let x = v; x.length; x = x[0]) d++; return d; })()"));
    }

    @Test
    void dates() {
        assumeTrue(has("Date"), "no Date in this engine yet");
        assertEquals("true|1700000000000|true", check("new Date(1700000000000)",
            "(v instanceof Date) + '|' + v.getTime() + '|' + isNaN(new Date(NaN).getTime())"));
        assertEquals("NaN", check("new Date(NaN)", "String(v.getTime())"));
    }

    @Test
    void mapsAndSetsWithSharedKeysAndCycles() {
        assumeTrue(has("Map") && has("Set"), "no Map/Set in this engine yet");
        assertEquals("true|true|2|one|true|3|true", check("""
            const k = { id: 1 };
            const m = new Map([[k, 'one'], ['self', null]]);
            m.set('self', m);
            const s = new Set([1, 2, k]);
            ({ m, s, k })
            """, "const key = [...v.m.keys()][0]; (v.m instanceof Map) + '|' + (v.s instanceof Set) + '|' + v.m.size + '|' + v.m.get(v.k) + '|' "
                + "+ (v.m.get('self') === v.m) + '|' + v.s.size + '|' + (key === v.k && v.s.has(v.k))"));
    }

    @Test
    void typedArraysAndArrayBuffers() {
        assumeTrue(has("Uint8Array") && has("Float64Array") && has("ArrayBuffer"), "no typed arrays in this engine yet");
        assertEquals("Uint8Array|1,2,255|Float64Array|1.5,-0|8|7", check("""
            const buf = new ArrayBuffer(8); new Uint8Array(buf)[3] = 7;
            ({ u: new Uint8Array([1, 2, 255]), f: new Float64Array([1.5, -0]), buf })
            """, "v.u.constructor.name + '|' + Array.from(v.u).join() + '|' + v.f.constructor.name + '|' + v.f[0] + ',' + "
                + "(Object.is(v.f[1], -0) ? '-0' : v.f[1]) + '|' + v.buf.byteLength + '|' + new Uint8Array(v.buf)[3]"));
    }

    @Test
    void bigIntTypedArrays() {
        assumeTrue(has("BigInt64Array"), "no BigInt64Array in this engine yet");
        assertEquals("-5,18446744073709551615", check("[new BigInt64Array([-5n]), new BigUint64Array([2n ** 64n - 1n])]",
            "v[0][0] + ',' + v[1][0]"));
    }

    @Test
    void theCopyIsIndependentOfTheOriginal() {
        Object original = from.evalRaw("globalThis.o = { list: [1, 2] }; o", "from.js");
        Object form = fromClone.serialize(original);
        from.evalRaw("o.list.push(3)", "from.js");
        JSObject c = (JSObject) toClone.deserialize(form);
        to.setGlobal("v", c);
        assertEquals("1,2", to.evalRaw("v.list.join()", "to.js"));
        JSObject c2 = (JSObject) toClone.deserialize(form);
        org.junit.jupiter.api.Assertions.assertNotSame(c, c2, "a form can be materialized more than once");
    }
}
