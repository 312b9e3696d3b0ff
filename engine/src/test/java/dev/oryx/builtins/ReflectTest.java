package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;

class ReflectTest {
    private final JSContext cx = new JSRuntime().newContext();

    private Object eval(String source) {
        return cx.evalRaw(source, "reflect-test.js");
    }

    private void assertTypeError(String messagePart, String source) {
        JSException e = assertThrows(JSException.class, () -> eval(source));
        assertEquals("TypeError", e.errorName(), e.getMessage());
        assertTrue(e.errorMessage().contains(messagePart), () -> "message was: " + e.errorMessage());
    }

    @Test
    void applyAndConstruct() {
        assertEquals(3, eval("Reflect.apply(Math.max, null, [1, 3, 2])"));
        assertEquals(true, eval("""
            function F() { this.nt = new.target; }
            function G() {}
            var o = Reflect.construct(F, [], G);
            o.nt === G && Object.getPrototypeOf(o) === G.prototype"""));
        assertTypeError("not a function", "Reflect.apply(1, null, [])");
        assertTypeError("not a constructor", "Reflect.construct(() => 1, [])");
        assertTypeError("newTarget is not a constructor", "Reflect.construct(function () {}, [], Math.max)");
        assertTypeError("non-object", "Reflect.apply(Math.max, null, 1)");
    }

    @Test
    void propertyFunctionsReturnBooleansInsteadOfThrowing() {
        assertEquals("false true false", eval("""
            var o = Object.freeze({x: 1});
            Reflect.defineProperty(o, 'y', {value: 1}) + ' ' + Reflect.deleteProperty(o, 'nope') + ' ' + Reflect.set(o, 'x', 2)"""));
        assertEquals("true false", eval("Reflect.preventExtensions({}) + ' ' + Reflect.isExtensible(Object.preventExtensions({}))"));
        assertEquals(false, eval("Reflect.setPrototypeOf(Object.preventExtensions({}), Array.prototype)"));
    }

    @Test
    void getAndSetUseTheReceiver() {
        assertEquals(42, eval("Reflect.get({ get x() { return this.v; } }, 'x', {v: 42})"));
        assertEquals("1 undefined", eval("""
            var target = { set x(v) { this.y = v; } };
            var receiver = {};
            Reflect.set(target, 'x', 1, receiver);
            receiver.y + ' ' + target.y"""));
    }

    @Test
    void ownKeysAndDescriptors() {
        assertEquals("0,1,b,a,Symbol(s)", eval("""
            var s = Symbol('s');
            var o = {b: 1, a: 2, 1: 0, 0: 0}; o[s] = 1;
            Reflect.ownKeys(o).map(String).join()"""));
        assertEquals("1 true", eval("var d = Reflect.getOwnPropertyDescriptor({x: 1}, 'x'); d.value + ' ' + d.writable"));
        assertEquals(true, eval("Reflect.getOwnPropertyDescriptor({}, 'x') === undefined"));
        assertEquals(true, eval("Reflect.getPrototypeOf(Object.create(null)) === null"));
        assertEquals(true, eval("Reflect.has(Object.create({x: 1}), 'x')"));
    }

    @Test
    void nonObjectTargetsAreTypeErrors() {
        for (String call : new String[] {"defineProperty(1, 'x', {})", "deleteProperty(1, 'x')", "get(1, 'x')",
            "getOwnPropertyDescriptor(1, 'x')", "getPrototypeOf(1)", "has(1, 'x')", "isExtensible(1)", "ownKeys(1)",
            "preventExtensions(1)", "set(1, 'x', 1)", "setPrototypeOf(1, null)"}) {
            assertTypeError("called on non-object", "Reflect." + call);
        }
        assertTypeError("Object or null", "Reflect.setPrototypeOf({}, 1)");
    }

    @Test
    void reflectIsAPlainObjectWithAToStringTag() {
        assertEquals("[object Reflect] 13", eval("""
            Object.prototype.toString.call(Reflect) + ' ' + Object.getOwnPropertyNames(Reflect).length"""));
        assertEquals(3, eval("Reflect.apply.length"));
        assertEquals(2, eval("Reflect.construct.length"));
    }

    @Test
    void stringObjectIndicesCannotBeDeleted() {
        assertEquals("false true a", eval("""
            var s = new String('ab');
            s.extra = 1;
            Reflect.deleteProperty(s, '0') + ' ' + Reflect.deleteProperty(s, 'extra') + ' ' + s[0]"""));
        assertTypeError("", "'use strict'; delete new String('ab')[1]");
    }
}
