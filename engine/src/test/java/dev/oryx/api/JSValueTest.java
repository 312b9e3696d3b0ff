package dev.oryx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JSValueTest {
    private final JSRuntime runtime = new JSRuntime();
    private final JSContext cx = runtime.newContext();

    @AfterEach
    void close() {
        runtime.close();
    }

    private JSValue eval(String code) {
        return cx.eval(code, "t.js");
    }

    @Test
    void typeTestsNameEveryKindOfValue() {
        assertTrue(eval("undefined").isUndefined());
        assertTrue(eval("null").isNull());
        assertTrue(eval("null").isNullish());
        assertTrue(eval("true").isBoolean());
        assertTrue(eval("1.5").isNumber());
        assertTrue(eval("'s'").isString());
        assertTrue(eval("10n").isBigInt());
        assertTrue(eval("Symbol('x')").isSymbol());
        assertTrue(eval("({})").isObject());
        assertFalse(eval("({})").isFunction());
        assertTrue(eval("(function () {})").isFunction());
        assertTrue(eval("(class {})").isConstructor());
        assertFalse(eval("(() => 1)").isConstructor());
        assertTrue(eval("[1]").isArray());
        assertTrue(eval("new Proxy([], {})").isArray());
        assertFalse(eval("({length: 0})").isArray());
        assertTrue(eval("new TypeError('x')").isError());
    }

    @Test
    void accessorsAreTheJavaScriptConversions() {
        assertEquals(-1, eval("2 ** 32 - 1").asInt());
        assertEquals(3, eval("'3'").asInt());
        assertEquals(0.5, eval("'0.5'").asDouble());
        assertEquals("1,2", eval("[1, 2]").asString());
        assertTrue(eval("'x'").asBoolean());
        assertFalse(eval("0").asBoolean());
        assertEquals(42L, eval("({ valueOf() { return 42; } })").asLong());
        assertEquals(1L << 40, eval("2 ** 40").asLong());
        assertEquals(new BigInteger("123456789012345678901234567890"), eval("123456789012345678901234567890n").asBigInteger());
        JSException e = assertThrows(JSException.class, () -> eval("({ toString() { throw new RangeError('no'); } })").asString());
        assertEquals("RangeError: no", e.getMessage());
    }

    @Test
    void asConvertsStrictlyByTargetType() {
        assertEquals(7, eval("7").as(Integer.class));
        assertEquals(7, (int) eval("7").as(int.class));
        assertEquals(7.0, eval("7").as(Double.class));
        assertEquals("x", eval("'x'").as(String.class));
        assertEquals(List.of(1, "a", true), eval("[1, 'a', true]").as(List.class));
        int[] ints = eval("[1, 2, 3]").as(int[].class);
        assertEquals(3, ints[2]);
        JSException e = assertThrows(JSException.class, () -> eval("1.5").as(Integer.class));
        assertEquals("TypeError: Cannot convert 1.5 to Java Integer", e.getMessage());
        assertThrows(JSException.class, () -> eval("'1'").as(Integer.class), "no string to number coercion");
    }

    @Test
    void functionValuesBecomeFunctionalInterfaces() {
        java.util.function.IntBinaryOperator add = eval("(a, b) => a + b").as(java.util.function.IntBinaryOperator.class);
        assertEquals(5, add.applyAsInt(2, 3));
        Runnable r = eval("globalThis.ran = 0; () => { ran++; }").as(Runnable.class);
        r.run();
        r.run();
        assertEquals(2, eval("ran").asInt());
    }

    @Test
    void asJavaIsTheNaturalMapping() {
        assertNull(eval("undefined").asJava());
        assertNull(eval("null").asJava());
        assertEquals(1, eval("1").asJava());
        assertEquals(1.5, eval("1.5").asJava());
        assertEquals("s", eval("'s'").asJava());
        assertEquals(BigInteger.TEN, eval("10n").asJava());
        Object o = eval("({a: 1})").asJava();
        assertTrue(o instanceof JSValue);
    }

    @Test
    void membersAreReadWrittenAndDeleted() {
        JSValue o = eval("({a: 1, get b() { return this.a * 10; }})");
        assertEquals(1, o.get("a").asInt());
        assertEquals(10, o.get("b").asInt());
        o.set("a", 4);
        assertEquals(40, o.get("b").asInt());
        o.set("c", "text");
        assertEquals(List.of("a", "b", "c"), o.keys());
        assertTrue(o.hasMember("toString"), "inherited");
        assertTrue(o.removeMember("c"));
        assertFalse(o.hasMember("c"));
        assertEquals(3, eval("'abc'").get("length").asInt(), "primitives are boxed for member access");
        JSValue frozen = eval("Object.freeze({x: 1})");
        JSException e = assertThrows(JSException.class, () -> frozen.set("x", 2));
        assertEquals("TypeError", e.errorName());
    }

    @Test
    void elementsByIndex() {
        JSValue a = eval("[10, 20]");
        assertEquals(20, a.get(1).asInt());
        a.set(2, 30);
        assertEquals(3, a.arrayLength());
        assertEquals("10,20,30", a.asString());
    }

    @Test
    void callsWithThisMethodsAndConstructors() {
        JSValue f = eval("(function (x) { return this.base + x; })");
        JSValue self = eval("({base: 100})");
        assertEquals(101, f.callWithThis(self, 1).asInt());
        assertEquals(3, eval("Math").invokeMember("max", 1, 3, 2).asInt());
        JSValue point = eval("(class Point { constructor(x, y) { this.x = x; this.y = y; } })").construct(1, 2);
        assertEquals(2, point.get("y").asInt());
        assertEquals("Point", point.get("constructor").get("name").asString());
        JSException e = assertThrows(JSException.class, () -> eval("(function () { throw new Error('inside'); })").call());
        assertEquals("inside", e.errorMessage());
        assertThrows(IllegalStateException.class, () -> eval("1").call());
    }

    @Test
    void javaArgumentsAreConvertedOnTheWayIn() {
        JSValue typeOf = eval("(...xs) => xs.map(x => typeof x).join()");
        assertEquals("number,number,string,boolean,object,bigint,number", typeOf.call(1, 2L, "s", true, null, BigInteger.ONE, 'c' == 'c' ? 1.5f : 0).asString());
        assertEquals("string", eval("x => typeof x").call('c').asString());
    }

    @Test
    void listViewReadsAndWritesTheArray() {
        JSValue arr = eval("globalThis.arr = [1, 'two']; arr");
        List<Object> list = arr.asList();
        assertEquals(2, list.size());
        assertEquals("two", list.get(1));
        list.add(3.5);
        list.set(0, "one");
        assertEquals("one,two,3.5", eval("arr.join()").asString());
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(5));
    }

    @Test
    void mapViewReadsAndWritesTheObject() {
        JSValue obj = eval("globalThis.obj = {a: 1, b: 'x'}; obj");
        Map<String, Object> map = obj.asMap();
        assertEquals(Map.of("a", 1, "b", "x"), Map.copyOf(map));
        map.put("c", true);
        map.remove("a");
        assertEquals("{\"b\":\"x\",\"c\":true}", eval("JSON.stringify(obj)").asString());
        assertNull(map.get("toString"), "only own enumerable properties");
    }

    @Test
    void equalsIsSameValue() {
        JSValue o = eval("globalThis.o = {}; o");
        assertEquals(o, eval("o"));
        assertEquals(o.hashCode(), eval("o").hashCode());
        assertNotEquals(o, eval("({})"));
        assertEquals(eval("NaN"), eval("0 / 0"));
        assertNotEquals(eval("0"), eval("-0"));
        assertEquals(eval("1"), eval("1.0"));
        assertEquals(eval("'ab'"), eval("'a' + 'b'"));
        JSContext other = runtime.newContext();
        assertEquals(other.eval("'x'", "o.js"), eval("'x'"), "primitives compare by value across contexts");
    }

    @Test
    void contextValuesAndErrors() {
        assertTrue(cx.undefinedValue().isUndefined());
        assertTrue(cx.nullValue().isNull());
        assertSame(cx.global().raw(), eval("globalThis").raw());
        JSException e = cx.newError("RangeError", "too far");
        assertEquals("RangeError: too far", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> cx.newError("Nope", "x"));
        JSException thrown = assertThrows(JSException.class, () -> eval("throw 42"));
        assertEquals(42, thrown.jsValue().asInt());
        assertEquals(cx, thrown.jsValue().context());
    }
}
