package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.JSObject;

/** The layout of bytecode function objects that {@link Functions} creates. */
class FunctionsTest {
    @Test
    void theLegacyCallerAddsNoSlotsToASloppyFunction() {
        // closures are made on hot paths: "caller" must fit in the slots a constructor has anyway
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            JSObject sloppy = (JSObject) cx.evalRaw("(function () {})", "t.js");
            JSObject strict = (JSObject) cx.evalRaw("(function () { 'use strict'; })", "t.js");
            assertSame(cx.realm().sloppyFunctionShape, sloppy.shape);
            assertSame(cx.realm().constructorShape, strict.shape);
            assertEquals(strict.slots.length, sloppy.slots.length);
            assertEquals(Functions.CALLER_SLOT, sloppy.shape.lookup("caller"));
        }
    }

    @Test
    void aFunctionMakesItsPrototypeObjectWhenItIsFirstNeeded() {
        // closures are made on hot paths and most are never constructed: their "prototype" object
        // is made at the first read, and every way of reading it sees the same object
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            JSObject sloppy = (JSObject) cx.evalRaw("(function () {})", "t.js");
            JSObject strict = (JSObject) cx.evalRaw("(function () { 'use strict'; })", "t.js");
            assertNull(sloppy.slots[Functions.PROTOTYPE_SLOT], "not made before it is read");
            assertNull(strict.slots[Functions.PROTOTYPE_SLOT], "not made before it is read");
        }
        String script = """
            function fresh() { return function () {}; }
            function freshStrict() { 'use strict'; return function () {}; }
            function run() {
                var out = [];
                for (var i = 0; i < 3; i++) {
                    var make = i % 2 ? fresh : freshStrict;
                    var a = make(), b = make(), c = make(), d = make(), e = make(), f = make(), g = make();
                    var pa = a.prototype;
                    out.push(pa === a.prototype, pa.constructor === a, Object.getPrototypeOf(pa) === Object.prototype,
                        Object.keys(pa).length, Object.getOwnPropertyNames(pa).join());
                    var db = Object.getOwnPropertyDescriptor(b, "prototype");
                    out.push(db.writable, db.enumerable, db.configurable, db.value === b.prototype, db.value.constructor === b);
                    out.push(Object.getPrototypeOf(new c()) === c.prototype, new d() instanceof d, ({}) instanceof e);
                    var replaced = { r: i };
                    f.prototype = replaced;                        // written before it was ever read
                    out.push(f.prototype === replaced, new f().r, Object.getOwnPropertyNames(f).join());
                    g.extra = 1;                                   // another shape, then frozen
                    Object.freeze(g);
                    out.push(Object.isFrozen(g), g.prototype.constructor === g, delete g.prototype, "prototype" in g);
                    var h = make();
                    Object.defineProperty(h, "prototype", { writable: false });
                    out.push(h.prototype.constructor === h, Reflect.set(h, "prototype", 1), typeof h.prototype);
                    var k = make();
                    out.push(Reflect.set(k, "prototype", 5), k.prototype, Object.create(make()).prototype.constructor !== undefined);
                    var m = make();
                    delete m.length;                               // "prototype" moves to another slot
                    delete m.name;
                    out.push(m.prototype.constructor === m, m.prototype === m.prototype, Object.getOwnPropertyNames(m)[0]);
                }
                return out.join();
            }
            run();
            """;
        String once = "true,true,true,0,constructor,true,false,false,true,true,true,true,false,true,%d,length,name,prototype%s,"
            + "true,true,false,true,true,false,object,true,5,true,true,true,prototype";
        String expected = String.join(",", String.format(once, 0, ""), String.format(once, 1, ",caller"), String.format(once, 2, ""));
        for (int threshold : new int[] {0, 1, 2}) {
            try (JSRuntime rt = JSRuntime.builder().compileThreshold(threshold).build(); JSContext cx = rt.newContext()) {
                assertEquals(expected, String.valueOf(cx.evalRaw(script, "t.js")), "threshold " + threshold);
            }
        }
    }

    @Test
    void aConstructorsNextObjectIsMadeWithTheSlotsItsLastOneFilled() {
        for (int threshold : new int[] {0, 1}) {
            try (JSRuntime rt = JSRuntime.builder().compileThreshold(threshold).build(); JSContext cx = rt.newContext()) {
                cx.evalRaw("function P(n) { this.a = 1; this.b = 2; this.c = 3; this.d = 4; this.e = 5; if (n) this.f = 6; }"
                    + "function Q() { this.a = 1; return { made: true }; }", "t.js");
                assertEquals(8, ((JSObject) cx.evalRaw("new P(0)", "t.js")).slots.length, "the first grows: 4, then 8");
                assertEquals(5, ((JSObject) cx.evalRaw("new P(0)", "t.js")).slots.length);
                cx.evalRaw("new P(1)", "t.js");
                assertEquals(6, ((JSObject) cx.evalRaw("new P(0)", "t.js")).slots.length, "room for the most it had");
                assertEquals("true,1,2,3,4,5,6,", String.valueOf(cx.evalRaw(
                    "var p = new P(1), q = new Q(); [q.made, p.a, p.b, p.c, p.d, p.e, p.f, new P(0).f].join()", "t.js")));
            }
        }
    }

    @Test
    void newTakesThePrototypeTheConstructorHoldsWhenTheObjectIsMade() {
        // `new F` reads F's "prototype" from its slot while F has a constructor shape: the value
        // held at that moment, whatever F's shape, new.target and kind of body (leaf or frame)
        String script = """
            var log = [];
            function P(a, b, c, d, e) { this.sum = a + b + c + d + e; }
            function Q() { this.n = arguments.length; return 7; }
            function R() { return { made: true }; }
            function run() {
                var out = [];
                for (var i = 0; i < 3; i++) {
                    var protoA = P.prototype;
                    var p = new P(1, 2, 3, 4, 5);
                    out.push(p.sum, Object.getPrototypeOf(p) === protoA);
                    P.prototype = { tag: i };                    // replaced: the next object inherits it
                    out.push(new P(0, 0, 0, 0, 1).tag);
                    P.prototype = 42;                            // a primitive: %Object.prototype%
                    out.push(Object.getPrototypeOf(new P(1, 1, 1, 1, 1)) === Object.prototype);
                    P.prototype = protoA;
                    var q = new Q(1, 2, 3, 4, 5, 6);             // arguments object; a primitive result
                    out.push(q.n, q instanceof Q, new R().made);
                    function S() {}
                    S.extra = 1;                                 // another shape: [[Get]] decides
                    S.prototype = { s: true };
                    out.push(new S().s);
                    var viaReflect = Reflect.construct(P, [1, 1, 1, 1, 1], S);
                    out.push(Object.getPrototypeOf(viaReflect) === S.prototype, viaReflect.sum);
                }
                return out.join();
            }
            run();
            """;
        String once = "15,true,0,true,6,true,true,true,true,5";
        String expected = String.join(",", once, once.replace(",0,", ",1,"), once.replace(",0,", ",2,"));
        for (int threshold : new int[] {0, 1, 2}) {
            try (JSRuntime rt = JSRuntime.builder().compileThreshold(threshold).build(); JSContext cx = rt.newContext()) {
                assertEquals(expected, String.valueOf(cx.evalRaw(script, "t.js")), "threshold " + threshold);
            }
        }
    }
}
