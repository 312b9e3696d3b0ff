package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.JSFunction;
import dev.oryx.object.ProxyFunction;
import dev.oryx.object.ProxyObject;

class ProxyTest {
    private final JSContext cx = new JSRuntime().newContext();

    private Object eval(String source) {
        return cx.evalRaw(source, "proxy-test.js");
    }

    private void assertThrowsJS(String errorName, String messagePart, String source) {
        JSException e = assertThrows(JSException.class, () -> eval(source));
        assertEquals(errorName, e.errorName(), e.getMessage());
        assertTrue(e.errorMessage().contains(messagePart), () -> "message was: " + e.errorMessage());
    }

    @Test
    void everyTrapIsCalledWithTheTargetAndTheKeyAsAString() {
        Object log = eval("""
            var log = [];
            var handler = {};
            ['getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'getOwnPropertyDescriptor',
             'defineProperty', 'has', 'get', 'set', 'deleteProperty', 'ownKeys'].forEach(function (name) {
              handler[name] = function (t) {
                log.push(name + (arguments.length > 1 && typeof arguments[1] === 'string' ? ':' + arguments[1] : ''));
                return Reflect[name].apply(null, arguments);
              };
            });
            var target = {};
            var p = new Proxy(target, handler);
            Object.getPrototypeOf(p); Object.setPrototypeOf(p, null); Object.isExtensible(p);
            p[0] = 1; p.x; 'x' in p; delete p.x; Object.getOwnPropertyNames(p);
            Object.defineProperty(p, 'y', {value: 2, configurable: true}); Object.getOwnPropertyDescriptor(p, 'y');
            Object.preventExtensions(p);
            log.join(' ')""");
        assertEquals("getPrototypeOf setPrototypeOf isExtensible set:0 getOwnPropertyDescriptor:0 defineProperty:0 get:x has:x "
            + "deleteProperty:x ownKeys defineProperty:y getOwnPropertyDescriptor:y preventExtensions", log);
    }

    @Test
    void callableTargetsGiveCallableAndConstructibleProxies() {
        assertTrue(eval("new Proxy(function () {}, {})") instanceof ProxyFunction);
        assertTrue(eval("new Proxy({}, {})") instanceof ProxyObject);
        assertEquals("function 42 2,4", eval("""
            var fp = new Proxy(function (x) { return x * 2; }, {});
            typeof fp + ' ' + fp(21) + ' ' + [1, 2].map(fp)"""));
        assertEquals("[1,2] 3 4", eval("""
            var seen;
            var p = new Proxy(function () {}, { apply(t, thisArg, args) { seen = args; return args.length + 1; } });
            var r = p(1, 2);
            '[' + seen + '] ' + r + ' ' + p.call(null, 1, 2, 3)"""));
        assertEquals(5, eval("class C extends new Proxy(class { constructor(v) { this.v = v; } }, {}) {} new C(5).v"));
        assertThrowsJS("TypeError", "not a constructor", "new (new Proxy(() => 1, {}))()");
        assertThrowsJS("TypeError", "trap returned non-object", "new (new Proxy(function () {}, { construct() { return 1; } }))()");
    }

    @Test
    void constructTrapReceivesNewTarget() {
        assertEquals(true, eval("""
            var nt;
            var P = new Proxy(function () {}, { construct(t, args, newTarget) { nt = newTarget; return {}; } });
            new P(); nt === P"""));
    }

    @Test
    void revokedProxiesThrowOnEveryOperation() {
        assertThrowsJS("TypeError", "Cannot perform 'get' on a proxy that has been revoked",
            "var r = Proxy.revocable({}, {}); r.revoke(); r.proxy.x");
        assertThrowsJS("TypeError", "revoked", "var r = Proxy.revocable(function () {}, {}); r.revoke(); r.proxy()");
        assertThrowsJS("TypeError", "revoked", "var r = Proxy.revocable([], {}); r.revoke(); Array.isArray(r.proxy)");
        assertEquals(true, eval("var r = Proxy.revocable({}, {}); r.revoke(); r.revoke() === undefined && typeof r.proxy === 'object'"));
        assertEquals(0, eval("Proxy.revocable({}, {}).revoke.length"));
    }

    @Test
    void proxiesWorkAsPrototypes() {
        assertEquals("1 undefined true false via-2", eval("""
            var p = new Proxy({a: 1}, { set(t, k, v, receiver) {
              Object.defineProperty(receiver, k, {value: 'via-' + v, writable: true, enumerable: true, configurable: true});
              return true;
            } });
            var child = Object.create(p);
            child.b = 2;
            child.a + ' ' + child.c + ' ' + ('a' in child) + ' ' + ('c' in child) + ' ' + child.b"""));
        assertEquals(true, eval("""
            var hasCalled = false;
            var child = Object.create(new Proxy({}, { has(t, k) { hasCalled = true; return false; } }));
            ('zz' in child) === false && hasCalled"""));
    }

    @Test
    void getInvariantsForNonConfigurableProperties() {
        assertThrowsJS("TypeError", "read-only and non-configurable", """
            var t = {}; Object.defineProperty(t, 'x', {value: 1});
            new Proxy(t, { get() { return 2; } }).x""");
        assertEquals(1, eval("""
            var t = {}; Object.defineProperty(t, 'x', {value: 1});
            new Proxy(t, { get() { return 1; } }).x"""));
        assertThrowsJS("TypeError", "does not have a getter", """
            var t = {}; Object.defineProperty(t, 'x', {set: function () {}});
            new Proxy(t, { get() { return 2; } }).x""");
    }

    @Test
    void setDeleteAndHasInvariants() {
        assertThrowsJS("TypeError", "'set' on proxy", """
            var t = {}; Object.defineProperty(t, 'x', {value: 1});
            Reflect.set(new Proxy(t, { set() { return true; } }), 'x', 2)""");
        assertEquals(false, eval("Reflect.set(new Proxy({}, { set() { return false; } }), 'x', 2)"));
        assertThrowsJS("TypeError", "'deleteProperty' on proxy", """
            var t = {}; Object.defineProperty(t, 'x', {value: 1});
            delete new Proxy(t, { deleteProperty() { return true; } }).x""");
        assertThrowsJS("TypeError", "'has' on proxy", """
            var t = {}; Object.defineProperty(t, 'x', {value: 1});
            'x' in new Proxy(t, { has() { return false; } })""");
        assertThrowsJS("TypeError", "not extensible", """
            var t = Object.preventExtensions({x: 1});
            'x' in new Proxy(t, { has() { return false; } })""");
    }

    @Test
    void definePropertyAndGetOwnPropertyDescriptorInvariants() {
        assertThrowsJS("TypeError", "non-extensible", """
            Object.defineProperty(new Proxy(Object.preventExtensions({}), { defineProperty() { return true; } }), 'x', {value: 1})""");
        assertThrowsJS("TypeError", "non-existent", """
            Object.defineProperty(new Proxy({}, { defineProperty() { return true; } }), 'x', {value: 1, configurable: false})""");
        assertThrowsJS("TypeError", "'getOwnPropertyDescriptor' on proxy", """
            Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor() { return {value: 1, configurable: false}; } }), 'x')""");
        assertThrowsJS("TypeError", "neither object nor undefined", """
            Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor() { return 1; } }), 'x')""");
        assertEquals("1 false true", eval("""
            var d = Object.getOwnPropertyDescriptor(new Proxy({x: 0}, { getOwnPropertyDescriptor() { return {value: 1, configurable: true}; } }), 'x');
            d.value + ' ' + d.writable + ' ' + d.configurable"""));
    }

    @Test
    void prototypeAndExtensibilityInvariants() {
        assertThrowsJS("TypeError", "'getPrototypeOf' on proxy", """
            Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf() { return Array.prototype; } }))""");
        assertThrowsJS("TypeError", "neither object nor null", "Object.getPrototypeOf(new Proxy({}, { getPrototypeOf() { return 1; } }))");
        assertThrowsJS("TypeError", "'isExtensible' on proxy", "Object.isExtensible(new Proxy({}, { isExtensible() { return false; } }))");
        assertThrowsJS("TypeError", "'preventExtensions' on proxy",
            "Object.preventExtensions(new Proxy({}, { preventExtensions() { return true; } }))");
        assertThrowsJS("TypeError", "'setPrototypeOf' on proxy",
            "Object.setPrototypeOf(new Proxy(Object.preventExtensions({}), { setPrototypeOf() { return true; } }), Array.prototype)");
    }

    @Test
    void ownKeysInvariants() {
        assertThrowsJS("TypeError", "did not include 'a'",
            "Object.keys(new Proxy(Object.preventExtensions({a: 1}), { ownKeys() { return []; } }))");
        assertThrowsJS("TypeError", "duplicate", "Reflect.ownKeys(new Proxy({}, { ownKeys() { return ['a', 'a']; } }))");
        assertThrowsJS("TypeError", "not a valid property name", "Reflect.ownKeys(new Proxy({}, { ownKeys() { return [1]; } }))");
        assertThrowsJS("TypeError", "extra keys", "Reflect.ownKeys(new Proxy(Object.preventExtensions({}), { ownKeys() { return ['b']; } }))");
        assertEquals("0,b", eval("Reflect.ownKeys(new Proxy({}, { ownKeys() { return ['0', 'b']; } })).join()"));
    }

    @Test
    void proxyOfArrayIsAnArray() {
        assertEquals("true [object Array] [object Object]", eval("""
            Array.isArray(new Proxy([], {})) + ' ' + Object.prototype.toString.call(new Proxy([], {}))
              + ' ' + Object.prototype.toString.call(new Proxy(new Error(), {}))"""));
    }

    @Test
    void constructorChecks() {
        assertThrowsJS("TypeError", "requires 'new'", "Proxy({}, {})");
        assertThrowsJS("TypeError", "non-object", "new Proxy(1, {})");
        assertThrowsJS("TypeError", "non-object", "new Proxy({}, null)");
        assertEquals(false, eval("Object.prototype.hasOwnProperty.call(Proxy, 'prototype')"));
        assertEquals(2, eval("Proxy.length"));
    }

    @Test
    void deepProxyChainsEndInARangeError() {
        assertThrowsJS("RangeError", "Maximum call stack size exceeded",
            "var p = {}; for (var i = 0; i < 100000; i++) p = new Proxy(p, {}); p.x");
    }

    @Test
    void callableProxyIsAJSFunction() {
        assertTrue(eval("new Proxy(function () {}, {})") instanceof JSFunction);
        assertEquals("function () { [native code] }", eval("Function.prototype.toString.call(new Proxy(function f() {}, {}))"));
    }

    @Test
    void getFunctionRealmOfARevokedProxyIsATypeError() {
        assertThrowsJS("TypeError", "GetFunctionRealm", """
            var handle = Proxy.revocable(function () {}, { get() { handle.revoke(); } });
            Reflect.construct(Uint8Array, [1], handle.proxy)""");
        assertEquals(true, eval("""
            function g() {}
            g.prototype = 1;
            Object.getPrototypeOf(Reflect.construct(Uint8Array, [1], new Proxy(g, {}))) === Uint8Array.prototype"""));
    }
}
