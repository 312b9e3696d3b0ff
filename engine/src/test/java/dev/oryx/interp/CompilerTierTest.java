package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.ScriptTerminatedException;
import dev.oryx.bytecode.FunctionCode;

/**
 * The compiler tier ({@link JitCompiler}): with a threshold of 1 every function is compiled at
 * its first entry, so these scripts run in compiled code and cross between it and the
 * interpreter at calls, returns, throws and suspensions.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CompilerTierTest {
    private static JSContext compiled() {
        return JSRuntime.builder().compileThreshold(1).build().newContext();
    }

    private static String eval(JSContext cx, String source) {
        return cx.eval(source, "t.js").asString();
    }

    @Test
    void functionsAreCompiledAfterTheThresholdAndNotBefore() {
        JSContext cx = JSRuntime.builder().compileThreshold(3).build().newContext();
        cx.eval("function f(x) { return x + 1 }", "t.js");
        cx.eval("f(1); f(2)", "t.js");
        FunctionCode code = ((BytecodeFunction) cx.eval("f", "t.js").raw()).code;
        assertNull(code.jit, "two entries");
        cx.eval("f(3)", "t.js");
        assertNotNull(code.jit, "the third entry compiles it");
        JSContext off = JSRuntime.builder().compileThreshold(0).build().newContext();
        off.eval("function g() { return 1 } for (var i = 0; i < 5000; i++) g()", "t.js");
        assertNull(((BytecodeFunction) off.eval("g", "t.js").raw()).code.jit, "threshold 0: never");
        // the builder and the system property oryx.jit.threshold share the mapping: 0 is off for both
        assertEquals(Integer.MAX_VALUE, ExecutionStack.jitThreshold(0));
        assertEquals(7, ExecutionStack.jitThreshold(7));
    }

    @Test
    void literalsDefineTheirPropertiesAsTheInterpreterDoesWhateverShapeTheyMeet() {
        String functions = """
            var proto = {inherited: 1}, a = {e: 1}, b = {f: 2, g: 3};
            function build(n) {
              var out = [];
              for (var i = 0; i < n; i++) {
                var base = i % 3 === 0 ? {x: i, y: i + 1} : i % 3 === 1 ? {...(i < 20 ? a : b), x: i, y: 2}
                  : {__proto__: i < 20 ? proto : null, x: i, y: 3};
                var again = {x: i, x: i * 2, y: base.y};
                var setter = {set x(v) { this.seen = v }, x: i};
                out.push(JSON.stringify(base) + Object.keys(base) + base.inherited + JSON.stringify(again)
                  + Object.getOwnPropertyNames(setter) + setter.seen);
              }
              return out.join('|');
            }
            """;
        JSContext interpreted = JSRuntime.builder().compileThreshold(0).build().newContext();
        interpreted.eval(functions, "t.js");
        String expected = eval(interpreted, "build(40)");
        // compiled at the third call, after two with the first shapes only: at 20 the spread
        // and __proto__ sites meet objects of shapes their compiled code does not know
        JSContext cx = JSRuntime.builder().compileThreshold(3).build().newContext();
        cx.eval(functions, "t.js");
        for (int i = 0; i < 3; i++) {
            eval(cx, "build(10)");
        }
        assertNotNull(function(cx, "build").code.jit);
        assertEquals(expected, eval(cx, "build(40)"));
    }

    @Test
    void aLoopKeepsItsRegistersInLocalsAcrossEveryCrossing() {
        // each iteration leaves the compiled code's locals for the frame and comes back: a slow
        // path instruction, a call the interpreter links, a generator, a closure capturing a
        // loop variable, a throw caught in the loop, a native call with arguments, a poll
        String script = """
            function* two(x) { yield x; yield x + 1; }
            function loop(n, k = 2) {
              var sum = 0, fns = [], log = [], o = {k: 1};
              for (let i = 0; i < n; i++) {
                fns.push(() => i * k);
                sum += ('k' in o) ? i : -i;
                for (const v of two(i)) sum += v;
                try { if (i % 3 === 0) throw new Error('e' + i); sum += 1; } catch (e) { log.push(e.message); }
                sum += Math.max(i, 2) + [i, sum].length;
                o.k = typeof o.k === 'number' ? o.k + 1 : 0;
              }
              return [sum, fns.map(f => f()).join(), log.length, log[log.length - 1], o.k].join(' ');
            }
            function small(n, k) {
              var fns = [];
              for (var i = 0; i < n; i++) fns.push(() => k + i);
              return fns[0]() + fns.length;
            }
            loop(10) + ' | ' + loop(9000) + ' | ' + small(3, 4)""";
        JSContext interpreted = JSRuntime.builder().compileThreshold(0).build().newContext();
        String expected = eval(interpreted, script);
        assertEquals(expected, eval(compiled(), script));
        JSContext cx = compiled();
        cx.eval(script, "t.js");
        FunctionCode code = ((BytecodeFunction) cx.eval("loop", "t.js").raw()).code;
        assertNotNull(code.jit);
        assertEquals(0, JitCompiler.FAILURES.get());
    }

    @Test
    void arithmeticAndComparisonsLeaveTheIntPathExactlyAsTheInterpreter() {
        JSContext cx = compiled();
        String script = """
            function f(a, b) {
              var r = [];
              r.push(a + b, a - b, a * b, a < b, a > b, a >= b, a <= b, a === b, a !== b);
              var c = a; c++; r.push(c);
              return r.join();
            }
            [f(1, 2), f(2147483647, 1), f(-2147483648, 1), f(1.5, "x"), f("2", 3), f(0, -0), f(NaN, NaN),
             f(10n, 3n)].join(' | ')
            """;
        String expected = "3,-1,2,true,false,false,true,false,true,2 | 2147483648,2147483646,2147483647,false,true,true,false,false,true,2147483648"
            + " | -2147483647,-2147483649,-2147483648,true,false,false,true,false,true,-2147483647"
            + " | 1.5x,NaN,NaN,false,false,false,false,false,true,2.5 | 23,-1,6,true,false,false,true,false,true,3"
            + " | 0,0,0,false,false,true,true,true,false,1 | NaN,NaN,NaN,false,false,false,false,false,true,NaN"
            + " | 13,7,30,false,true,true,false,false,true,11";
        assertEquals(expected, eval(cx, script));
        JSContext interpreted = JSRuntime.builder().compileThreshold(0).build().newContext();
        assertEquals(expected, eval(interpreted, script));
    }

    @Test
    void recursionCallsCompiledCodeDirectlyAndDeepRecursionStillWorks() {
        JSContext cx = compiled();
        assertEquals("832040", eval(cx, "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } String(fib(30))"));
        // far deeper than the direct-call nesting limit: the rest goes through the interpreter
        assertEquals("20000", eval(cx, "function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1) } String(depth(20000))"));
        JSException e = assertThrows(JSException.class, () -> cx.eval("function down() { return down() + 1 } down()", "t.js"));
        assertTrue(e.getMessage().contains("RangeError: Maximum call stack size exceeded"), e.getMessage());
        assertEquals("3", eval(cx, "String(1 + 2)"), "usable afterwards");
    }

    @Test
    void throwsCrossDirectCallsToTheNearestHandler() {
        JSContext cx = compiled();
        String script = """
            function thrower(n) { if (n === 0) throw new TypeError("deep"); return thrower(n - 1) }
            function middle(n) { try { return thrower(n) } finally { log.push("finally " + n) } }
            var log = [];
            function outer() {
              try { middle(3) } catch (e) { log.push(e.name + ": " + e.message) }
              try { null.x } catch (e) { log.push(e.constructor.name) }
              return log.join("; ")
            }
            outer()
            """;
        assertEquals("finally 3; TypeError: deep; TypeError", eval(cx, script));
        JSException e = assertThrows(JSException.class, () -> cx.eval("function f() { g() } function g() { undefinedName } f()", "s.js"));
        assertTrue(e.getMessage().contains("ReferenceError"), e.getMessage());
        String stack = cx.eval("try { (function a() { (function b() { null.p })() })() } catch (e) { e.stack }", "u.js").asString();
        assertTrue(stack.contains("at b (u.js:1:") && stack.contains("at a (u.js:1:"), stack);
    }

    @Test
    void generatorsAndAsyncFunctionsAreDrivenFromCompiledCode() {
        JSContext cx = compiled();
        String script = """
            function* gen(n) { for (let i = 0; i < n; i++) { const x = yield i; if (x) return x } }
            function drive() {
              var it = gen(5), out = [], r;
              while (!(r = it.next()).done) out.push(r.value);
              var it2 = gen(5); it2.next(); out.push(it2.next(42).value);
              return out.join()
            }
            drive()
            """;
        assertEquals("0,1,2,3,4,42", eval(cx, script));
        cx.eval("var got; async function a(x) { return (await x) + 1 } function start() { a(Promise.resolve(1)).then(v => got = v) } start()", "t.js");
        cx.runJobs();
        assertEquals("2", eval(cx, "String(got)"));
    }

    @Test
    void closuresArgumentsAndThisBehaveAsInterpreted() {
        JSContext cx = compiled();
        String script = """
            function counter() { let n = 0; return { inc() { return ++n }, get: () => n } }
            function sloppy(a) { arguments[0] = 9; return a + (this === globalThis ? " global" : " other") }
            function Point(x) { this.x = x }
            Point.prototype.twice = function () { return this.x * 2 };
            function go() {
              var c = counter(); c.inc(); c.inc();
              var p = new Point(21);
              return [c.get(), sloppy(1), p.twice(), [1, 2, 3].map(v => v * c.get()).join("-")].join()
            }
            go()
            """;
        assertEquals("2,9 global,42,2-4-6", eval(cx, script));
    }

    @Test
    void aCallSitesOneBuiltinIsCalledDirectlyUntilTheCalleeChanges() {
        // threshold 3: two interpreted entries record each site's callee, the third compiles
        JSContext cx = JSRuntime.builder().compileThreshold(3).build().newContext();
        cx.eval("""
            function scan(s, f, out) {
              var n = 0;
              for (var i = 0; i < s.length; i++) {
                n += s.charCodeAt(i);
                out.push(f(i, n));
              }
              return n + ':' + out.join();
            }
            """, "t.js");
        assertEquals("195:0,1", eval(cx, "scan('ab', Math.min, [])"));
        assertEquals("97,195,294", eval(cx, "scan('abc', Math.max, []).split(':')[1]"));
        FunctionCode code = ((BytecodeFunction) cx.eval("scan", "t.js").raw()).code;
        assertNull(code.jit);
        assertEquals(FunctionCode.POLYMORPHIC, code.callees[callSite(code, "call_func")], "two built-ins at f(i, n)");
        // compiled: charCodeAt and push are each their site's one built-in
        assertEquals("3,3", eval(cx, "scan('a', (x, y) => x + 3, [3]).split(':')[1]"));
        assertNotNull(code.jit);
        // the callee the code was compiled for is no longer there: the general path, same results
        assertEquals("2:0,1,2", eval(cx, "scan({length: 3, charCodeAt: Math.sign}, Math.abs, [])"));
        assertEquals("6:18", eval(cx, "var o = []; o.push = function (v) { Array.prototype.push.call(this, v * 3) }; scan('\\u0006', Math.max, o)"));
        // a built-in's error from the direct call: the right message and the caller's line
        JSException e = assertThrows(JSException.class, () -> cx.eval("scan(null, Math.max, [])", "t.js"));
        assertTrue(e.getMessage().contains("Cannot read properties of null"), e.getMessage());
        e = assertThrows(JSException.class, () -> cx.eval("scan('a', Math.max, Object.freeze([]))", "t.js"));
        assertEquals("TypeError", e.errorName());
        assertTrue(e.jsStack().contains("at scan (t.js:5:"), e.jsStack());
        assertEquals(0, JitCompiler.FAILURES.get());
    }

    @Test
    void numbersInDoubleLocalsGiveTheInterpretersResults() {
        // loops whose counters, sums and temporaries are kept as unboxed doubles: overflow past
        // int32, -0, NaN, Infinity, % of negatives, the bitwise operators and shifts, typed
        // arrays of every Number kind, holes and strings where a Number was expected (the
        // speculation fails and the interpreter goes on), parameters that are not Numbers
        String script = """
            function sums(n, start) {
              var s = 0, p = 1, q = start, bits = 0, m = 0, neg = 0, h = 0;
              for (var i = 0; i < n; i++) {
                s += i * 1.5 - 0.25;
                p = (p * 31 + i) | 0;
                q = q * 3 + i;
                bits ^= (i << 3) >>> 1;
                bits = bits >> 1 | i & 7;
                m += (i - 7) % 4 + (-i % 3);
                neg = -neg * 0;
                h += i / (i - 3);
              }
              return [s, p, q, bits, m, Object.is(neg, -0), h, 1 / neg].join();
            }
            function elements(a, n) {
              var t = 0, u = 0;
              for (var i = 0; i < n; i++) {
                t += a[i];
                a[i] = a[i] * 2 + 0.5;
                u = (u + a[i % a.length]) | 0;
              }
              return t + ':' + u + ':' + Array.prototype.join.call(a, ' ');
            }
            function kinds() {
              var out = [];
              for (var C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
                             Uint32Array, Float32Array, Float64Array]) {
                var a = new C(6);
                for (var i = 0; i < 6; i++) a[i] = i * 100.7 - 250;
                out.push(elements(a, 6));
              }
              return out.join(' | ');
            }
            function outOfRange(a) {
              var s = 0;
              for (var i = 0; i < 4; i++) { var v = a[i + 2]; s += v; }
              return s;
            }
            function props(o, n) {
              var s = 0;
              for (var i = 0; i < n; i++) { s += o.v * 2 - o.w; o.v = o.v + 1; }
              return s + ':' + o.v;
            }
            [props({v: 1, w: 0.5}, 2000), props({v: 'a', w: 1}, 3), props({get v() { return 5 }, w: -0}, 3),
             props({v: 1, w: {valueOf() { return 2 }}}, 3), (() => { try { return props({v: 1n, w: 1n}, 1) } catch (e) { return e.name } })(),
             sums(10, 2), sums(3000, 0.5), sums(50, 2 ** 31 - 2), kinds(),
             elements([1, 2, 3.5, -4, 5], 5), elements([1, 'x', 3], 3), elements([1, , 3], 3),
             elements([1, 2, {valueOf() { return 7 }}], 3), outOfRange(new Float64Array(4)), outOfRange([1, 2, 3, 4, 5, 6]),
             sums('4', '1'), sums(4, '1'), sums(4, undefined)].join('\\n')""";
        assertCompiledTwiceGivesTheInterpretersResult(script, "after speculations failed");
    }

    @Test
    void aCopyOfARegisterTheRegionWritesWithAnObjectIsNoSpeculation() {
        // b = a copies a register the region writes with an array: only a copy of a value made
        // outside the region (a parameter) speculates that it is a Number (this one used to fail
        // on every first run and cost a compilation)
        JSContext cx = compiled();
        cx.eval("function f(n) { var s = 0; for (var i = 0; i < n; i++) s += i; var a = [s]; var b = a; return b - 1 }", "t.js");
        assertEquals("44,44,44", eval(cx, "[f(10), f(10), f(10)].join()"));
        FunctionCode code = function(cx, "f").code;
        assertNotNull(code.jit, "f is compiled");
        assertTrue(code.notNumeric == null || code.notNumeric.isEmpty(), "no speculation failed");
        assertEquals(0, code.recompiles);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a missed overflow loops forever
    void int32RegistersGiveTheInterpretersResults() {
        // counters and bitwise results kept in int locals: increments past 2^31 - 1 and below
        // -2^31 (the overflow hands the frame over with the exact value), (a + b) | 0 computed
        // modulo 2^32 with fractions, huge values, NaN, -0 and Infinity as the other operand, a
        // sum read other than through ToInt32, shift counts past 31, every typed-array kind
        // written from an int (each loop in a function of its own whose registers all hold
        // Numbers, results written to an array)
        String script = """
            function counters(from, n, res) {
              var s = 0, t = 0, u = 0, i = 0, j = 0, k = 0, m = 0;
              for (i = 2147483640; i < from; i++) s += i;
              for (j = -2147483640; j > -2147483650; j--) t += j;
              for (k = 0; k < n; k += 5) u = k;
              for (m = 2147483600; m < 2147483700; m += 7) u += m;
              res[0] = s; res[1] = t; res[2] = u; res[3] = i; res[4] = j; res[5] = k; res[6] = m;
            }
            function truncated(xs, n, res) {
              var h = 0, g = 7, r = 0, w = 0, both = 0, keep = 0, t = 0, x = 0;
              for (var i = 0; i < n; i++) {
                x = xs[i];
                h = (h + x) | 0;
                r = (x - r) ^ 0;
                w = (w - x) & -1;
                both = (h + g) << 3;
                g = (g + 2147483000) >> 1;
                t = h + x;
                keep = (t | 0) + t;
              }
              res[0] = h; res[1] = g; res[2] = r; res[3] = w; res[4] = both; res[5] = keep;
            }
            function shifts(n, res) {
              var a = 0, b = -1, c = 0;
              for (var i = 0; i < n; i++) {
                a = a + (1 << i) | 0;
                b = b >> (i - 40);
                c = c ^ (~i << 33) ^ (i >>> 1);
              }
              res[0] = a; res[1] = b; res[2] = c;
            }
            function fill(a, n) {
              for (var i = 0; i < n; i++) a[i] = (i * 1234567) ^ -i;
              for (var k = 0; k < n; k++) a[k] = ~a[k];
            }
            function run(f, ...args) {
              var res = [];
              f(...args, res);
              return res.join();
            }
            var kinds = [];
            for (var C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
                           Uint32Array, Float32Array, Float64Array]) {
              var a = new C(8);
              fill(a, 8);
              kinds.push(Array.prototype.join.call(a, ' '));
            }
            var values = [1, 2.5, -0, 2 ** 40 + 0.5, 1e300, NaN, Infinity, -7, 2 ** 31, -(2 ** 31) - 3, 0.75, 3];
            var big = [];
            for (var q = 0; q < 3000; q++) big.push(q % 7 === 0 ? 2 ** 33 + q : q * 1000003);
            [run(counters, 2147483650, 20), run(counters, 2147483645, 3), run(truncated, values, values.length),
             run(truncated, big, big.length), run(truncated, [1, 2, 3], 3), run(shifts, 70), run(shifts, 5),
             kinds.join(' | ')].join('\\n')""";
        assertCompiledTwiceGivesTheInterpretersResult(script, "after overflows");
    }

    @Test
    void elementSitesCompiledForOneKindGiveTheInterpretersResults() {
        // the sites meet Float64Arrays until they are compiled for that kind, then every other
        // kind, an Array, a view at an offset, indices out of range and a detached buffer
        String setup = """
            function sum(a, n) { var s = 0; for (var i = 0; i < n; i++) s += a[i]; return s; }
            function scale(a, n, k) { for (var i = 0; i < n; i++) a[i] = a[i] * k; }
            function mix(a, n) {
              var h = 0;
              for (var i = 0; i < n; i++) { a[i] = (a[i] ^ i) | 0; h = (h + a[i]) | 0; }
              return h;
            }
            var f = new Float64Array(3000);
            for (var i = 0; i < 3000; i++) f[i] = i / 3;
            var out = [];
            for (var r = 0; r < 6; r++) { out.push(sum(f, 3000), mix(f, 3000)); scale(f, 3000, 1.5); }
            for (var C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
                           Float32Array]) {
              var a = new C(50);
              for (var i = 0; i < 50; i++) a[i] = i * 37 - 400;
              scale(a, 50, -2.5);
              out.push(sum(a, 50), mix(a, 50), Array.prototype.join.call(a, ' '));
            }
            var view = new Float64Array(f.buffer, 16, 10);
            out.push(sum([1, 2.5, 3], 3), sum(f, 3005), sum(view, 12), mix(view, 10));
            scale(view, 12, 2);
            out.push(sum(view, 10));
            """;
        String after = """
            out.push(sum(f, 10), sum(view, 3), mix(f, 4));
            scale(f, 4, 3);
            out.join()""";
        String expected = null;
        for (int threshold : new int[] {0, 1, 2}) {
            JSContext cx = JSRuntime.builder().compileThreshold(threshold).build().newContext();
            cx.eval(setup, "t.js");
            dev.oryx.builtins.ArrayBufferBuiltins.detachArrayBuffer(cx.realm(), cx.eval("f.buffer", "t.js").raw());
            String result = eval(cx, after);
            if (expected == null) {
                expected = result;
            } else {
                assertEquals(expected, result, "threshold " + threshold);
            }
            if (threshold == 1) {
                Object[] seen = function(cx, "sum").code.callees;
                assertNotNull(seen, "sum recorded the kinds its element read met");
            }
        }
        assertEquals(0, JitCompiler.FAILURES.get());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void numberFunctionsGiveTheInterpretersResults() {
        // functions that call themselves on Numbers run on doubles without frames: NaN, -0,
        // fractions, Infinity and strings as arguments, recursion deeper than the JVM calls
        // they make (it gives up and the call is made again the general way), the global
        // replaced by another function or by a getter while they run, two parameters
        String script = """
            function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
            function pow(b, e) { return e <= 0 ? 1 : b * pow(b, e - 1); }
            function sum(n) { if (n <= 0) return 0; var h; return n + sum(n - 1); }
            function neg(n) { return n < -1 ? -n : neg(n - 1.5) / 2; }
            function half(n) { return n >= 1 ? half(n / 2) + 1 : n; }
            var out = [];
            for (var i = 0; i < 40; i++) out.push(fib(i % 20), pow(1.5, i % 9), sum(i), half(i * 1000));
            out.push(half(NaN), half(-0), 1 / half(-0), half(Infinity > 1 ? 1e300 : 0), fib(2.5), fib('7'), fib(true),
                     pow(NaN, 3), 1 / pow(-0, 3), pow(2, 2.5), pow('2', 3), sum(700), neg(3), neg(-0), 1 / neg(-0), half(-Infinity));
            var original = fib;
            fib = function (n) { return 100; };
            out.push(original(12));
            fib = original;
            out.push(fib(15));
            globalThis.fact = function (n) { return n < 1 ? 1 : n * fact(n - 1); };
            var fact0 = fact;
            for (var i = 0; i < 30; i++) out.push(fact(i % 12));
            Object.defineProperty(globalThis, 'fact', { get() { out.push('got'); return fact0; }, configurable: true });
            out.push(fact0(4));
            out.join()""";
        JSContext interpreted = JSRuntime.builder().compileThreshold(0).build().newContext();
        String expected = eval(interpreted, script);
        for (int threshold : new int[] {1, 2}) {
            JSContext cx = JSRuntime.builder().compileThreshold(threshold).build().newContext();
            assertEquals(expected, eval(cx, script), "threshold " + threshold);
        }
        JSContext cx = compiled();
        cx.eval("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } fib(20)", "t.js");
        CompiledCode code = (CompiledCode) function(cx, "fib").code.jit;
        assertEquals(1, code.numberArity, "fib is a number function");
        assertEquals(832040.0, code.numberCall(30, 0, cx.realm(), cx.realm().stack));
        assertEquals(0, JitCompiler.FAILURES.get());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNumberFunctionCanBeStoppedAndEndsDeepRecursionInARangeError() {
        JSRuntime rt = JSRuntime.builder().compileThreshold(1).build();
        JSContext cx = rt.newContext();
        cx.eval("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } fib(15)", "t.js");
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            rt.interrupt();
        });
        stopper.start();
        assertThrows(ScriptTerminatedException.class, () -> cx.eval("fib(60)", "t.js"));
        assertEquals("610", eval(cx, "String(fib(15))"), "the context stays usable");
        assertEquals("RangeError", eval(cx,
            "function down(n) { return down(n + 1) + 1 } try { down(0); 'none' } catch (e) { e.name }"));
    }

    @Test
    void propertySitesCompiledForOneShapeGiveTheInterpretersResults() {
        // the sites' caches hold one shape's own slot when the functions are compiled (they are
        // then constants of the code); afterwards the same sites meet other shapes, frozen
        // objects, a property turned into an accessor, a deleted property (a dictionary
        // object), an inherited property and primitives
        String script = """
            'use strict';
            function P(x) { this.a = x; this.b = 1; }
            function bump(o, n) { for (var i = 0; i < n; i++) { o.a = o.a + o.b; } return o.a; }
            function read(o) { return o.a; }
            function setA(o, v) { o.a = v; return o.a; }
            var out = [];
            for (var r = 0; r < 40; r++) out.push(bump(new P(r), 50), read(new P(r)), setA(new P(r), r * 3));
            var q = { b: 2, a: 5 };
            out.push(bump(q, 3), read(q));
            var frozen = Object.freeze(new P(1));
            try { bump(frozen, 2); out.push('no error'); } catch (e) { out.push(e.name); }
            try { setA(frozen, 2); out.push('no error'); } catch (e) { out.push(e.name); }
            out.push(setA(q, 9), setA({ a: 1 }, 'x'));
            var acc = new P(1);
            var hidden = 10;
            Object.defineProperty(acc, 'a', { get() { return hidden; }, set(v) { hidden = v * 2; } });
            out.push(bump(acc, 3), read(acc), hidden, setA(acc, 4), hidden);
            var dict = new P(7);
            delete dict.b;
            dict.b = 3;
            for (var k = 0; k < 20; k++) dict['k' + k] = k;
            out.push(bump(dict, 4), read(dict));
            var child = Object.create(new P(100));
            out.push(read(child), bump(child, 2), read(child), Object.getPrototypeOf(child).a);
            out.push(read('str'), read(5));
            try { read(null); } catch (e) { out.push(e.name); }
            out.join()""";
        assertCompiledGivesTheInterpretersResult(script);
    }

    @Test
    void propertiesCompiledCodeUpdatesWithNumbersGiveTheInterpretersResults() {
        // compiled stores of Numbers into a known slot keep the value in a NumberSlot (one per
        // slot, written in place); everything else reading the slots must see the Number, and
        // no other object may share the slot: copies, descriptors, keys, JSON, inherited reads,
        // special numbers, redefinition, freezing, deletion, the global object, exotic objects
        String script = """
            'use strict';
            function C() { this.n = 0; this.f = 0.5; this.s = 1; }
            function run(o, k) { for (var i = 0; i < k; i++) { o.n = o.n + o.s; o.f = o.f * 1.5 - 0.25; } return o.n; }
            function scale(o, m, k) { for (var i = 0; i < k; i++) { o.f = o.f * m; } return o.f; }
            function put(o, v, k) { for (var i = 0; i < k; i++) { o.n = v; } return o.n; }
            var out = [];
            var o = new C();
            for (var r = 0; r < 30; r++) out.push(run(o, 40));
            out.push(JSON.stringify(o), Object.keys(o).join('|'), Object.values(o).join('|'), JSON.stringify(Object.entries(o)));
            var d = Object.getOwnPropertyDescriptor(o, 'n');
            out.push(typeof d.value, d.value, d.writable, typeof o.n, o['n'], 'n' in o, o.hasOwnProperty('f'));
            var copy = { ...o }, assigned = Object.assign({}, o), p = Object.create(o), values = Object.values(o);
            var entries = Object.entries(o), descriptors = Object.getOwnPropertyDescriptors(o), before = o.n;
            out.push(copy.n, assigned.f, p.n);
            run(o, 1);
            // none of them shares the updated slot
            out.push(copy.n === before, assigned.n === before, d.value === before, values[0] === before,
                entries[0][1] === before, descriptors.n.value === before, p.n === o.n, run(copy, 2), o.n);
            for (var key in o) out.push(key + '=' + o[key]);
            var z = new C();
            out.push(scale(z, 2, 20), scale(z, -0, 3), Object.is(z.f, -0), 1 / z.f, scale(z, NaN, 3), z.f !== z.f);
            z.s = 1e9;
            out.push(run(z, 40), z.n > 2147483647, Number.isInteger(z.n), scale(z, 1e300, 3), z.f);
            out.push(put(z, 'str', 3), typeof z.n, run(z, 2), put(z, 7, 3) + 1, typeof z.n);
            Object.defineProperty(z, 'n', { value: 5 });
            out.push(z.n, Object.getOwnPropertyDescriptor(z, 'n').writable);
            try { run(z, 1); out.push('no error'); } catch (e) { out.push(e.name); }
            var fr = new C();
            run(fr, 50);
            Object.freeze(fr);
            try { run(fr, 1); out.push('no error'); } catch (e) { out.push(e.name); }
            out.push(fr.n, Object.isFrozen(fr));
            var del = new C();
            run(del, 50);
            delete del.s;
            out.push(del.n, del.f, del.s, run(del, 1));
            var g = new C();
            for (var r = 0; r < 5; r++) run(globalThis, 20);
            class A extends Array { constructor() { super(); this.n = 0; this.f = 1; this.s = 2; } }
            var a = new A();
            function fn() {}
            fn.n = 0; fn.f = 1; fn.s = 3;
            out.push(run(a, 30), a.f, a.length, run(fn, 30), fn.f, fn.length);
            out.join()""";
        // globalThis: its n, f and s become global variables; run's sites see its shape
        String prelude = "'use strict'; var n = 0, f = 2, s = 5; ";
        assertCompiledGivesTheInterpretersResult(prelude + script + " + ',' + n + ',' + f");
        // and the slots did hold NumberSlots (else nothing above was tested)
        for (int threshold : new int[] {1, 30}) { // compiled with the sites' caches empty, and filled
            JSContext cx = JSRuntime.builder().compileThreshold(threshold).build().newContext();
            cx.eval("function C() { this.n = 0; this.s = 1; } var o = new C();"
                + "function run(o, k) { for (var i = 0; i < k; i++) { o.n = o.n + o.s; } return o.n; }"
                + "for (var r = 0; r < 40; r++) run(o, 100)", "t.js");
            Object[] slots = ((dev.oryx.object.JSObject) cx.eval("o", "t.js").raw()).slots;
            assertTrue(slots[0] instanceof dev.oryx.object.NumberSlot, threshold + ": " + slots[0]);
            assertEquals(4000, cx.eval("o.n", "t.js").raw());
        }
        JSContext cx = compiled();
        cx.eval(prelude + script, "t.js");
        Object[] global = ((dev.oryx.object.JSObject) cx.eval("globalThis", "t.js").raw()).slots;
        for (Object v : global) {
            assertFalse(v instanceof dev.oryx.object.NumberSlot);
        }
    }

    @Test
    void aNumberSlotReadBetweenStoresGivesTheValueStoredLast() {
        // reads of a NumberSlot between compiled stores give the value of the last store, also
        // when it changes only in sign (0, -0), to NaN or between int32 and double
        String script = """
            'use strict';
            function C() { this.v = 0; this.z = 0; }
            function put(o, v, k) { for (var i = 0; i < k; i++) { o.v = v - o.z; } }   // a Number register: stored unboxed
            function show(o) { var x = o.v; return Object.is(x, -0) ? '-0' : String(x); }
            var o = new C(), out = [];
            var seq = [1000, 1000, 0, -0, -0, 0, NaN, NaN, 0.5, 0.5, 2147483648, 1000, 7, -1e-320, 0];
            for (var r = 0; r < 4; r++) {
                for (var j = 0; j < seq.length; j++) {
                    put(o, seq[j], 3);
                    out.push(show(o), show(o), Object.is(o.v, seq[j]), JSON.stringify(Object.getOwnPropertyDescriptor(o, 'v')));
                }
            }
            out.join()
            """;
        assertCompiledGivesTheInterpretersResult(script);
        JSContext cx = compiled();
        cx.eval(script, "t.js");
        assertTrue(((dev.oryx.object.JSObject) cx.eval("o", "t.js").raw()).slots[0] instanceof dev.oryx.object.NumberSlot);
    }

    @Test
    void polymorphicPropertyReadsFollowEveryChangeAfterTheyWereCompiled() {
        // sites that met several shapes, own and inherited properties, before they were compiled
        // (threshold 30: the caches are full then); afterwards every kind of change to the
        // receivers and their prototypes, which the compiled entries must notice
        String script = """
            function Base() {} Base.prototype.kind = function () { return 'base'; }; Base.prototype.weight = 1;
            function Mid() {} Mid.prototype = Object.create(Base.prototype);
            function A(v) { this.v = v; this.n = v * 2; }   A.prototype = Object.create(Mid.prototype);
            function B(v) { this.n = v; this.v = v + 1; }   B.prototype = Object.create(Mid.prototype);
            function C(v) { this.w = 0; this.v = v; this.n = v / 2; } C.prototype = Object.create(Base.prototype);
            function get(o) { return o.v; }                                   // own, three shapes
            function kind(o) { return o.kind(); }                             // inherited, chains of 2 and 3
            function weighed(o) { return o.weight + o.n * 2; }                // inherited and own into Numbers
            function leafy(o) { return o.weight; }                            // a leaf: inherited, polymorphic
            function bump(o) { o.n = o.n + 0.5; }                             // compiled Number stores (NumberSlot)
            var objs = [new A(1), new B(2), new C(3), { v: 'lit', kind: function () { return 'own'; }, weight: 5, n: 1 }];
            var out = [];
            function round(tag) {
                var acc = [];
                for (var i = 0; i < objs.length; i++) {
                    var o = objs[i];
                    acc.push(get(o), kind(o), weighed(o), leafy(o));
                }
                out.push(tag + ':' + acc.join('/'));
            }
            for (var k = 0; k < 40; k++) { for (var j = 0; j < 3; j++) bump(objs[j]); round('warm'); }
            out = [];
            round('compiled');
            Mid.prototype.kind = function () { return 'mid'; };              // shadows Base's for A and B, not C
            Base.prototype.weight = 10;                                       // the holder's value changes
            round('shadowed');
            Object.defineProperty(Base.prototype, 'weight', { get: function () { return 100; }, configurable: true });
            round('accessor');
            delete Mid.prototype.kind;
            Object.setPrototypeOf(objs[2], Mid.prototype);                    // C's object: another shape, another chain
            objs[0].extra = true;                                             // A's object: a new shape
            delete objs[1].v;                                                 // B's object: v now missing
            round('reshaped');
            objs.push('str', [7], 42);                                        // primitives and an exotic object
            try { round('primitives'); } catch (e) { out.push(e.constructor.name); }
            out.join(' | ');
            """;
        assertCompiledGivesTheInterpretersResult(script);
    }

    @Test
    void aPropertySiteThatMeetsAnotherShapeAfterItWasCompiledIsCompiledAgain() {
        JSContext cx = JSRuntime.builder().compileThreshold(2).build().newContext();
        cx.eval("function sum(os) { var s = 0; for (var i = 0; i < os.length; i++) s += os[i].v; return s; }"
            + "sum([{ v: 1 }]); sum([{ v: 2 }]);", "t.js");
        FunctionCode code = ((BytecodeFunction) cx.eval("sum", "t.js").raw()).code;
        assertNotNull(code.jit, "compiled, its site having met one shape");
        dev.oryx.bytecode.PropertyCache site = code.caches[0];
        assertEquals(1, site.compiledCount);
        int recompiles = code.recompiles;
        assertEquals("10", eval(cx, "String(sum([{ v: 1 }, { w: 0, v: 2 }, { v: 3, w: 0 }, { v: 4 }]))"));
        assertEquals(3, site.count);
        assertTrue(code.recompiles > recompiles, "the new entries compiled it again");
        assertEquals(site.count, site.compiledCount, "with every entry the cache has");
        // a megamorphic site compiles nothing again
        eval(cx, "sum([{ a: 0, v: 1 }, { b: 0, v: 1 }, { c: 0, v: 1 }])");
        assertTrue(site.megamorphic);
        int after = code.recompiles;
        eval(cx, "sum([{ d: 0, v: 1 }, { e: 0, v: 1 }])");
        assertEquals(after, code.recompiles);
        // nor does a site that had not run when the function was compiled
        cx.eval("function cold(o, go) { var n = 0; for (var i = 0; i < 3; i++) { if (go) n += o.x; } return n; }"
            + "cold(null, false); cold(null, false);", "t.js");
        FunctionCode coldCode = ((BytecodeFunction) cx.eval("cold", "t.js").raw()).code;
        assertNotNull(coldCode.jit);
        int coldRecompiles = coldCode.recompiles;
        assertEquals("6", eval(cx, "String(cold({ x: 1 }, true) + cold({ y: 0, x: 1 }, true))"));
        assertEquals(coldRecompiles, coldCode.recompiles);
    }

    @Test
    void generatorsResumedByCompiledCodeGiveTheInterpretersResults() {
        // next, return and throw called by compiled code run the generator nested: values,
        // finally blocks, errors both ways, a generator resuming itself, and resumptions nested
        // deeper than compiled calls may be (MAX_NESTING) by recursion through generators
        String script = """
            function* counter() { var x = 0; try { for (;;) { try { x = yield x + 1; } catch (e) { x = 100 + e; } } } finally { log.push('fin' + x); } }
            function* failing() { yield 1; throw new RangeError('from the generator'); }
            function* selfish() { yield me.next(); }
            var log = [], me;
            function drive(n) {
                var g = counter(), v = g.next().value, out = [];
                for (var i = 0; i < n; i++) { v = g.next(v).value; if (i === 5) out.push(g.throw(7).value); }
                out.push(v, JSON.stringify(g.return(42)), JSON.stringify(g.next()));
                var f = failing();
                try { f.next(); f.next(); } catch (e) { out.push(e.name + ':' + e.message); }
                out.push(JSON.stringify(f.next()));
                me = selfish();
                try { me.next(); } catch (e) { out.push(e.name); }
                var h = counter(); h.next();
                try { h.throw(undefined); out.push(h.next(1).value); } catch (e) { out.push('no'); }
                return out.join();
            }
            function* deep(n) { yield n === 0 ? 0 : 1 + down(n - 1); }
            function down(n) { return deep(n).next().value; }
            var results = [];
            for (var k = 0; k < 40; k++) results.push(drive(20));
            var depth;
            try { depth = down(5000); } catch (e) { depth = e.name; }
            results.slice(-2).join(' | ') + ' | ' + log.length + ' | ' + depth;
            """;
        assertCompiledGivesTheInterpretersResult(script);
    }

    @Test
    void mathCallsInputsAndPropertyOperandsGiveTheInterpretersResults() {
        // a Math function of one Number its call site met is called on the double; a parameter
        // the loop only reads as a Number is one in the compiled code (checked at its entries);
        // property reads that a Number register's arithmetic uses speculate. Then: the callee
        // replaced, arguments and parameters that are no Numbers (valueOf runs once), BigInt
        // and string properties, -0, NaN, a getter, a call through a variable
        String script = """
            function Body(x, m) { this.x = x; this.v = 0; this.m = m; }
            function step(bs, dt, k) {
              for (var s = 0; s < k; s++) {
                for (var i = 0; i < bs.length; i++) {
                  var a = bs[i];
                  for (var j = i + 1; j < bs.length; j++) {
                    var b = bs[j];
                    var dx = a.x - b.x;
                    var d = dx * dx + 0.5;
                    var mag = dt / (d * Math.sqrt(d));
                    a.v -= dx * b.m * mag;
                    b.v += dx * a.m * mag;
                  }
                }
                for (var c = 0; c < bs.length; c++) { var o = bs[c]; o.x += dt * o.v; }
              }
              return bs.map(function (q) { return show(q.x) + '/' + show(q.v); }).join(' ');
            }
            function show(v) { return typeof v === 'number' ? v.toFixed(9) : typeof v + ':' + String(v); }
            function roots(n, f) { var t = 0; for (var i = 0; i < n; i++) { t += Math.floor(f * i) + Math.abs(-i) + Math.ceil(i / 3); } return t; }
            function signs(xs) { var r = []; for (var i = 0; i < xs.length; i++) { var v = xs[i]; r.push(Object.is(Math.abs(v), -0), 1 / Math.floor(v), Math.sqrt(v)); } return r.join(); }
            function viaVariable(n) { var sq = Math.sqrt, t = 0; for (var i = 0; i < n; i++) { t += sq(i); } return t; }
            var out = [];
            var sys = [new Body(0, 10), new Body(3, 1), new Body(-2, 2)];
            for (var r = 0; r < 20; r++) out.push(step(sys, 0.01, 5));
            out.push(roots(50, 0.5), roots(50, 2), signs([-0, 0, -1.5, 4, NaN, Infinity]), viaVariable(30));
            var calls = 0;
            var counted = { valueOf() { calls++; return 0.02; } };
            out.push(step(sys, counted, 2), calls);
            out.push(step(sys, '0.01', 2), step(sys, 0.01, 2), roots(10, '2'), roots(10, { valueOf() { calls++; return 1; } }), calls);
            var big = [new Body(10n, 1n), new Body(3n, 1n)];
            try { out.push(step(big, 0.01, 1)); } catch (e) { out.push(e.name); }
            var strs = [new Body('5', 1), new Body('2', 1)];
            out.push(step(strs, 0.01, 2));
            var getter = new Body(1, 1);
            Object.defineProperty(getter, 'x', { get() { calls++; return 7; }, set(v) {} });
            out.push(step([getter, new Body(2, 3)], 0.01, 2), calls);
            var realSqrt = Math.sqrt;
            Math.sqrt = function (v) { calls++; return v * 2; };
            out.push(step(sys, 0.01, 3), viaVariable(5), calls);
            Math.sqrt = realSqrt;
            out.push(step(sys, 0.01, 3), signs([{ valueOf() { calls++; return 9; } }, '16']), calls);
            Object.defineProperty(Math, 'abs', { get() { calls++; return function (v) { return v + 1; }; } });
            out.push(roots(5, 1), calls);
            out.join()""";
        assertCompiledGivesTheInterpretersResult(script);
        // the pieces were there: the call made on the double, the parameter an input
        JSContext cx = JSRuntime.builder().compileThreshold(30).build().newContext();
        cx.eval(script.substring(0, script.indexOf("var calls")) + "0", "t.js");
        FunctionCode code = function(cx, "step").code;
        NumericRegisters numbers = NumericRegisters.of(code);
        int call = callSite(code, "call");
        assertNotNull(numbers.mathCall(call), "Math.sqrt met at its call site");
        assertFalse(code.inputsNotNumbers);
        JSContext strings = JSRuntime.builder().compileThreshold(2).build().newContext();
        strings.eval(script.substring(0, script.indexOf("var calls")) + "0", "t.js");
        FunctionCode compiled = function(strings, "step").code;
        assertNotNull(compiled.jit);
        assertFalse(compiled.inputsNotNumbers);
        strings.eval("step(sys, '0.01', 1)", "t.js");
        assertTrue(compiled.inputsNotNumbers, "a string where dt was a Number: compiled again");
    }

    @Test
    void aNumberRegisterCopiedFromAParameterFallsBackWhenItIsNone() {
        // i is a Number register speculated from the parameter from: a string there hands the
        // frame to the interpreter at the MOVE, and the next compilation does not speculate
        String script = """
            function sum(from, to) {
              var s = 0;
              for (var i = from; i < to; i++) s += i;
              return s;
            }
            var r = [];
            for (var k = 0; k < 3; k++) r.push(sum(2, 6));
            r.push(sum('1', 4), sum(2.5, 5), sum(0, 3), sum({valueOf() { return 1 }}, 3));
            r.join()""";
        assertEquals("14,14,14,0123,10.5,3,3", eval(compiled(), script));
        JSContext cx = compiled();
        cx.eval("function sum(from, to) { var s = 0; for (var i = from; i < to; i++) s += i; return s } sum(1, 5)", "t.js");
        FunctionCode code = function(cx, "sum").code;
        assertTrue(code.notNumeric == null || code.notNumeric.isEmpty(), "a Number parameter: the speculation holds");
        assertEquals("0123", eval(cx, "sum('1', 4)"));
        assertEquals(1, code.notNumeric.cardinality(), "the MOVE from the string failed");
        assertEquals("14", eval(cx, "String(sum(2, 6))"), "and the code compiled again gives the same");
    }

    @Test
    void eachRegionChecksItsOwnNumberRegistersOnEntry() {
        // split into regions, one per loop: t is a Number register of the second loop only, and
        // holds a string when that region is entered, so the entry must stay in the interpreter
        String script = """
            function f(s) {
              var a = 0;
              for (var i = 0; i < 3; i++) a += i;
              var t = s;
              for (var j = 0; j < 3; j++) t = t * 2;
              return a + t;
            }
            [f('3'), f(3), f('x')].join()""";
        JitCompiler.splitBytes = 0;
        JitCompiler.straightWords = 8;
        try {
            JSContext cx = JSRuntime.builder().compileThreshold(1).build().newContext();
            assertEquals("27,27,NaN", eval(cx, script));
        } finally {
            JitCompiler.splitBytes = JitCompiler.SPLIT_BYTES;
            JitCompiler.straightWords = JitCompiler.STRAIGHT_WORDS;
        }
        assertEquals(0, JitCompiler.FAILURES.get());
    }

    /**
     * {@code script}'s result with every function compiled at its first and second entry, run
     * twice in one context (the second time after what the first one changed: {@code again}):
     * the interpreter's.
     */
    private static void assertCompiledTwiceGivesTheInterpretersResult(String script, String again) {
        JSContext interpreted = JSRuntime.builder().compileThreshold(0).build().newContext();
        String expected = eval(interpreted, script);
        for (int threshold : new int[] {1, 2}) {
            JSContext cx = JSRuntime.builder().compileThreshold(threshold).build().newContext();
            assertEquals(expected, eval(cx, script), "threshold " + threshold);
            assertEquals(expected, eval(cx, script), "threshold " + threshold + ", again (" + again + ")");
        }
        assertEquals(0, JitCompiler.FAILURES.get());
    }

    /** {@code script}'s result with every function compiled at its first, second and 30th entry: the interpreter's. */
    private static void assertCompiledGivesTheInterpretersResult(String script) {
        JSContext interpreted = JSRuntime.builder().compileThreshold(0).build().newContext();
        String expected = eval(interpreted, script);
        for (int threshold : new int[] {1, 2, 30}) {
            JSContext cx = JSRuntime.builder().compileThreshold(threshold).build().newContext();
            assertEquals(expected, eval(cx, script), "threshold " + threshold);
        }
        assertEquals(0, JitCompiler.FAILURES.get());
    }

    /** The pc of the first instruction {@code opcode} in the disassembly of {@code code}. */
    private static int callSite(FunctionCode code, String opcode) {
        String text = dev.oryx.bytecode.Disassembler.disassemble(code);
        for (String line : text.split("\n")) {
            String[] words = line.strip().split(" +");
            if (words.length > 1 && words[1].equals(opcode)) {
                return Integer.parseInt(words[0]);
            }
        }
        throw new AssertionError("no " + opcode + " in\n" + text);
    }

    @Test
    void builtinsCallCompiledCallbacksAndSeeTheirThrows() {
        JSContext cx = compiled();
        String script = """
            function byValue(a, b) { return a - b }
            function bad(a, b) { if (a === 3 || b === 3) throw new Error("no 3"); return a - b }
            function* ids() { yield 1; yield 2 }
            function viaGenerator(x) { var s = 0; for (var v of ids()) s += v; return x * s }
            var o = { get twice() { return this.v * 2 }, v: 21 };
            function go() {
              var out = [[5, 1, 4, 2].sort(byValue).join()];
              try { [1, 2, 3].sort(bad) } catch (e) { out.push(e.message) }
              out.push([1, 2].map(viaGenerator).join(), o.twice);
              return out.join(" ")
            }
            go()
            """;
        assertEquals("1,2,4,5 no 3 3,6 42", eval(cx, script));
    }

    @Test
    // a loop the limit misses would hang: fail instead (the spinning thread is left behind)
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void anEndlessCompiledLoopCanBeStopped() {
        JSContext cx = JSRuntime.builder().compileThreshold(1).instructionLimit(2_000_000).build().newContext();
        ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class,
            () -> cx.eval("function spin() { var i = 0; for (;;) { i++ } } spin()", "t.js"));
        assertEquals(ScriptTerminatedException.Reason.INSTRUCTION_LIMIT, e.reason());
        assertEquals(ScriptTerminatedException.class, assertThrows(ScriptTerminatedException.class,
            () -> cx.eval("function rec(n) { return n > 30 ? n : rec(n + 1) + 0 } function loop() { for (;;) rec(0) } loop()",
                "t.js")).getClass(), "calls between compiled functions count too");
        assertEquals(ScriptTerminatedException.class, assertThrows(ScriptTerminatedException.class,
            () -> cx.eval("function thrower() { for (;;) { try { throw 1 } catch (e) { } } } thrower()", "t.js")).getClass(),
            "a loop whose every turn leaves the compiled code for the interpreter's handler");
        assertEquals("ok", eval(cx, "'ok'"), "usable afterwards");
    }

    @org.junit.jupiter.api.AfterAll
    static void noFunctionFailedToCompile() {
        assertEquals(0, JitCompiler.FAILURES.get(), "classes the JVM rejected");
    }

    @Test
    void largeFunctionsCompileInRegions() {
        FunctionCode big = bigFunction("function big(x) {", "return x }", 1999000);
        assertNotNull(big.jit, "compiled, in regions of straight-line code");
    }

    @Test
    void aLoopTooLargeForOneMethodStaysInTheInterpreter() {
        FunctionCode big = bigFunction("function big(x) { for (var i = 0; i < 2; i++) {", "} return x }", 3998000);
        assertNull(big.jit, "a loop is never cut");
    }

    /** Defines big(x) with 2,000 additions between {@code head} and {@code tail}, checks big(0), returns its code. */
    private static FunctionCode bigFunction(String head, String tail, int expected) {
        StringBuilder body = new StringBuilder(head);
        for (int i = 0; i < 2000; i++) {
            body.append("x = x + ").append(i).append(";");
        }
        body.append(tail);
        JSContext cx = compiled();
        cx.eval(body.toString(), "t.js");
        assertEquals(expected, cx.eval("big(0)", "t.js").asInt());
        return ((BytecodeFunction) cx.eval("big", "t.js").raw()).code;
    }

    @Test
    void smallFunctionsThatCallNothingAreLeavesAndHandOverToTheInterpreter() {
        JSContext cx = compiled();
        cx.eval("""
            function cmp(a, b) { return a - b }
            function bump(o) { o.n = o.n + 1; return o.k > 2 ? o.k : null }
            function loops(n) { var s = 0; for (var i = 0; i < n; i++) s += i; return s }
            function calls(x) { return cmp(x, 1) }
            function args() { return arguments.length }
            function* gen() { }
            [3, 1, 2].sort(cmp); bump({n: 0, k: 3}); loops(3); calls(2); args(); gen().next();
            """, "t.js");
        assertTrue(leaf(cx, "cmp"));
        assertTrue(leaf(cx, "bump"));
        assertFalse(leaf(cx, "loops"), "a loop");
        assertTrue(leaf(cx, "calls"), "a call: a calling leaf");
        assertFalse(leaf(cx, "args"), "an arguments object");
        assertNull(function(cx, "gen").code.jit, "generators are not compiled");

        BytecodeFunction cmp = function(cx, "cmp");
        CompiledCode code = (CompiledCode) cmp.code.jit;
        ExecutionStack stack = cx.realm().stack;
        Object u = dev.oryx.runtime.Undefined.INSTANCE;
        assertEquals(2, code.leaf(cmp, u, 5, 3, u, u));
        assertEquals(-0.5, code.leaf(cmp, u, 1, 1.5, u, u));
        // strings: the leaf hands over at SUB, and the interpreter's ToNumber gives the answer
        assertEquals(1, code.leaf(cmp, u, "3", 2, u, u));
        // an object's valueOf runs in the interpreter, with the frame on the stack
        cx.eval("var seen; var v = {valueOf: function () { seen = new Error().stack; return 10 }}", "t.js");
        Object v = cx.eval("v", "t.js").raw();
        assertEquals(7, code.leaf(cmp, u, v, 3, u, u));
        assertTrue(eval(cx, "seen").contains("at cmp (t.js:1"), eval(cx, "seen"));
        assertEquals(null, stack.top(), "the frame made for the hand-over is gone");

        BytecodeFunction bump = function(cx, "bump");
        cx.eval("var o = {n: 0, k: 5}", "t.js");
        Object o = cx.eval("o", "t.js").raw();
        for (int i = 0; i < 3; i++) {
            assertEquals(5, ((CompiledCode) bump.code.jit).leaf(bump, u, o, u, u, u));
        }
        assertEquals("3", eval(cx, "String(o.n)"));
    }

    @Test
    void leavesThatCallLeaveNothingOnTheStackAndCanBeStopped() {
        JSContext cx = compiled();
        cx.eval("""
            function inner(x) { if (x < 0) { throw new RangeError('neg'); } return x + 1 }
            function outer(x) { return inner(x) * 2 }
            function rec(n) { return n > 30 ? n : rec(n + 1) + 0 }
            for (var i = 0; i < 5; i++) { outer(i); rec(0); }
            """, "t.js");
        assertTrue(leaf(cx, "outer") && leaf(cx, "rec"), "functions that call are leaves");
        ExecutionStack stack = cx.realm().stack;
        JSException e = assertThrows(JSException.class, () -> cx.eval("outer(-1)", "t.js"));
        assertTrue(e.getMessage().contains("neg"), e.getMessage());
        assertNull(stack.top(), "no frame left");
        assertNull(stack.runningFunction(), "no leaf's call left either");
        assertEquals(0, stack.jitNesting, "nor a direct call counted");
        assertEquals("inner,outer", eval(cx,
            "function names() { return new Error().stack.split('\\n').slice(2, 4).map(l => l.trim().split(' ')[1]).join() }"
            + " var got; inner = function (x) { got = names(); return 1 }; outer(1); got"), "the leaf's entry under the new callee");

        JSContext limited = JSRuntime.builder().compileThreshold(1).instructionLimit(2_000_000).build().newContext();
        assertThrows(ScriptTerminatedException.class, () -> limited.eval(
            "function rec(n) { return n > 30 ? n : rec(n + 1) + 0 } function loop() { for (;;) rec(0) } loop()", "t.js"),
            "calls between calling leaves poll");
        assertNull(limited.realm().stack.runningFunction(), "nothing left after the stop");
        assertEquals("ok", eval(limited, "'ok'"));

        JSContext memory = JSRuntime.builder().compileThreshold(1).memoryLimit(64 << 20).build().newContext();
        memory.eval("function inner(x) { return x + 1 } function outer(x) { return inner(x) * 2 } outer(1); outer(2)", "t.js");
        assertTrue(leaf(memory, "inner"), "a leaf that calls nothing");
        assertFalse(leaf(memory, "outer"), "under a memory limit, whose walk reads frames, a leaf calls nothing");
    }

    @Test
    void numberLeavesTakeAndGiveDoublesAsTheInterpreterComputes() {
        String functions = """
            function sub(a, b) { return a - b }
            var rev = (a, b) => b - a;
            function mix(a, b) { var t = (a | 0) ^ (b << 2); return t % 5 - -a * 0.5 + (a >> 1) }
            function half(a) { return a / 2 + 1.25 }
            function zero() { return 0 }
            function cmp(a, b) { return a < b ? -1 : 1 }
            var ord = (x, y) => x < y ? -1 : x > y ? 1 : 0;
            var same = (a, b) => a === b ? 0 : a <= b ? -1 : 1;
            function diff(a, b) { if (a != b) { return a >= b ? a - b : b - a; } return a == b ? 0.5 : -0.5 }
            function str(a, b) { return a + "" }
            var bool = (a, b) => a < b;
            var sum = (a, b) => (a < b) + 1;
            var truthy = (a, b) => a ? 1 : 2;
            function third(a, b, c) { return a - c }
            function undef(a, b) { var u; return a - u }
            function thisy(a, b) { return this - a }
            """;
        JSContext cx = compiled();
        cx.eval(functions, "t.js");
        String[] leaves = {"sub", "rev", "mix", "half", "zero", "cmp", "ord", "same", "diff"};
        String[] others = {"str", "third", "undef", "thisy", "bool", "sum", "truthy"};
        for (String name : leaves) {
            eval(cx, name + "(1, 2)");
            assertTrue(leaf(cx, name) && numberLeaf(cx, name), name);
        }
        for (String name : others) {
            eval(cx, name + "(1, 2)");
            assertFalse(numberLeaf(cx, name), name);
        }
        // the interpreter alone (threshold 0) computes the expected values
        JSContext interpreted = JSRuntime.builder().compileThreshold(0).build().newContext();
        interpreted.eval(functions, "t.js");
        double[] values = {5, 3, -0.0, 0, 1.5, -7.25, Double.NaN, Double.POSITIVE_INFINITY, 2147483651.0, 1e300, -1e-300};
        for (String name : leaves) {
            CompiledCode code = (CompiledCode) function(cx, name).code.jit;
            for (double x : values) {
                for (double y : values) {
                    Object raw = interpreted.eval(name + "(" + js(x) + ", " + js(y) + ")", "t.js").raw();
                    assertEquals(Double.valueOf(((Number) raw).doubleValue()), Double.valueOf(code.numberLeaf(x, y)),
                        name + "(" + x + ", " + y + ")");
                }
            }
        }
        // a sort calls the number leaf: the same order as the interpreter's, stable on ties
        String sort = "var a = []; for (var i = 0; i < 500; i++) a.push((i * 7919) % 103 / 4);"
            + " a.sort((x, y) => (x % 5) - (y % 5)).join() + '|' + a.sort((x, y) => x % 7 < y % 7 ? -1 : x % 7 > y % 7 ? 1 : 0).join()";
        assertEquals(eval(interpreted, sort), eval(cx, sort));
        // map and reduce call a number leaf for Number elements (and the function for the others)
        String mapReduce = """
            var a = [3, -0, 2.5, NaN, -7, 1e300, 'x', 4], out = [];
            var times = (x, i) => x * 2 - i, plus = (s, x) => s + x, mul = (s, x) => s * x;
            for (var k = 0; k < 3; k++) {
              out.push(a.map(times).map(v => Object.is(v, -0) ? '-0' : String(v)).join(),
                a.reduce(plus, 0), a.reduce(plus), [1.5, 2, -0].reduce(mul), [5, 6].reduceRight(plus, 0.5));
            }
            out.join('|')""";
        assertEquals(eval(interpreted, mapReduce), eval(cx, mapReduce));
        assertTrue(numberLeaf(cx, "times") && numberLeaf(cx, "plus"));
        JSContext limited = JSRuntime.builder().compileThreshold(1).instructionLimit(50_000).build().newContext();
        assertThrows(ScriptTerminatedException.class, () -> limited.eval(
            "var a = []; for (var i = 0; i < 200000; i++) a.push(i % 977); a.sort((x, y) => x - y)", "t.js"),
            "a sort calling a number leaf can be stopped");
    }

    private static String js(double v) {
        return Double.isNaN(v) ? "NaN" : Double.isInfinite(v) ? "Infinity" : v == 0 && 1 / v < 0 ? "-0" : Double.toString(v);
    }

    private static boolean numberLeaf(JSContext cx, String name) {
        CompiledCode code = (CompiledCode) function(cx, name).code.jit;
        assertNotNull(code, name + " is compiled");
        return code.hasNumberLeaf;
    }

    private static BytecodeFunction function(JSContext cx, String name) {
        return (BytecodeFunction) cx.eval(name, "t.js").raw();
    }

    private static boolean leaf(JSContext cx, String name) {
        CompiledCode code = (CompiledCode) function(cx, name).code.jit;
        assertNotNull(code, name + " is compiled");
        return code.hasLeaf;
    }
}
