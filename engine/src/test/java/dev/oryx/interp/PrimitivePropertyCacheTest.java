package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.oryx.Scripts;


/** Named properties of primitives are looked up from their prototype (no wrapper object) through the site's cache. */
class PrimitivePropertyCacheTest {
    private static Object eval(String source) {
        return Scripts.eval(source, "strings.js");
    }

    @Test
    void aCachedSiteSeesChangesToStringPrototypeAndObjectPrototype() {
        assertEquals("b,b,X,X,Y,undefined", eval("""
            function f(s) { return String(s.pick); }
            var out = [];
            Object.defineProperty(String.prototype, 'pick', { configurable: true, writable: true, value: 'b' });
            out.push(f('abc'), f('d'));                  // the site caches String.prototype's own slot
            String.prototype.pick = 'X';
            out.push(f('abc'), f('e'));                  // same shape, new value
            delete String.prototype.pick;
            Object.prototype.pick = 'Y';
            out.push(f('abc'));                          // found one level up now
            delete Object.prototype.pick;
            out.push(f('abc'));
            out.join()"""));
    }

    @Test
    void gettersReceiveThePrimitiveAndLengthIsOwn() {
        assertEquals("string:abc,object:abc,3,2001", eval("""
            Object.defineProperty(String.prototype, 'me', { configurable: true, get() { 'use strict'; return typeof this + ':' + this; } });
            Object.defineProperty(String.prototype, 'loose', { configurable: true, get() { return typeof this + ':' + this; } });
            function g(s) { return s.me; }
            function h(s) { return s.loose; }
            var rope = 'x'; for (var i = 0; i < 2000; i++) rope += 'y';
            [g('abc'), h('abc'), 'abc'.length, rope.length].join()"""));
    }

    @Test
    void oneSiteServesStringsAndObjects() {
        assertEquals("ab|obj|cd|obj", eval("""
            function t(v) { return v.toString(); }
            var o = { toString() { return 'obj'; } };
            [t('ab'), t(o), t('cd'), t(o)].join('|')"""));
    }

    @Test
    void numbersBooleansSymbolsAndBigIntsReadTheirPrototypes() {
        assertEquals("101,ff,true,desc,255,number:7,object:7,number,TypeError", eval("""
            function desc(s) { return s.description; }
            Object.defineProperty(Number.prototype, 'strictSelf', { configurable: true, get() { 'use strict'; return typeof this + ':' + this; } });
            Object.defineProperty(Number.prototype, 'looseSelf', { configurable: true, get() { return typeof this + ':' + this; } });
            function s(v) { return v.strictSelf; }
            function l(v) { return v.looseSelf; }
            var out = [(5).toString(2), (255).toString(16), true.toString(), desc(Symbol('desc')), 255n.toString(), s(7), l(7)];
            Number.prototype.toString = function () { 'use strict'; return typeof this; };
            out.push((1.5).toString());
            try { var u; u.toString(); } catch (e) { out.push(e.name); }
            out.join()"""));
    }
}
