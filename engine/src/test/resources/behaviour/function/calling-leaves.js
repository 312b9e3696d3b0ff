// Small functions that call other functions run without a frame too (JitCompiler, "Calling
// leaves"). While their callee runs they still show in stack traces and Function.caller, errors
// pass through them, deep recursion still ends in a RangeError, and whatever they hand over to
// the interpreter after a call does not make that call again.
function twice(f) { var r; for (var i = 0; i < 30; i++) { r = f(i); } return r; }
function names(stack) {
    return stack.split("\n").slice(1).map(function (l) {
        var name = l.trim().split(" ")[1];
        return name.indexOf(".js:") >= 0 ? "script" : name;
    }).join(">");
}

// stack traces: leaves calling leaves, a frame (a loop) between them, a native between them
function innermost() { return new Error("here").stack; }
function middle() { return innermost(); }
function outer() { return middle(); }
function looping() { var s; for (var i = 0; i < 2; i++) { s = middle(); } return s; }
function aboveLoop() { return looping(); }
function viaMap() { return [1].map(innermost)[0]; }
twice(outer); twice(aboveLoop); twice(viaMap);
print(names(outer()));
print(names(aboveLoop()));
print(names(viaMap()));
print(/at middle \(.*calling-leaves\.js:15:/.test(outer()));

// an error thrown below a leaf passes through it, and the leaf's entry goes with it
function thrower(x) { if (x > 100) { throw new TypeError("too big: " + x); } return x; }
function passes(x) { return thrower(x) + 1; }
function passesTwice(x) { return passes(x) * 2; }
twice(passesTwice);
try { passesTwice(500); } catch (e) { print(e.message, names(e.stack)); }
print(names(outer()));
print(passesTwice(3));

// Function.caller of a function a leaf called
function whoCalls() { return whoCalls.caller; }
function leafCaller() { return whoCalls(); }
twice(leafCaller);
print(leafCaller() === leafCaller);

// recursion: deeper than the calls a leaf makes on the Java stack, and runaway
function depth(n) { return n === 0 ? 0 : depth(n - 1) + 1; }
twice(depth);
print(depth(5000));
function runaway(n) { return runaway(n + 1) + 1; }
try { runaway(0); } catch (e) { print(e.name, e.message); }
print(depth(10));

// callees of every kind
function callIt(f, a) { return f(a); }
function callMethod(o, a) { return o.m(a); }
function C(x) { this.x = x; }
class K { constructor(x) { this.k = x; } }
function* gen(a) { yield a; yield a + 1; }
async function later(a) { return a * 3; }
var bound = function (a, b) { return this.base + a + b; }.bind({base: 100}, 5);
twice(function (i) { return callIt(Math.abs, -i); });
print(callIt(Math.abs, -4), callIt(bound, 1), callIt(gen, 7).next().value, callIt(String, 12) + "!");
print(callMethod({m: function (a) { return this === undefined ? "none" : typeof this + a; }}, 1));
print(callMethod({m: function (a) { "use strict"; return this.tag + a; }, tag: "t"}, 2));
later(1).then(function (v) { print("async", callIt(function (x) { return x + v; }, 1)); });
try { callIt(K, 1); } catch (e) { print(e.name, e.message); }
try { callIt(undefined, 1); } catch (e) { print(e.name, e.message); }
try { callMethod({}, 1); } catch (e) { print(e.name, e.message); }
function sloppyThis() { return this === globalThis; }
function strictThis() { "use strict"; return this; }
function callsBoth() { return [sloppyThis(), strictThis()]; }
twice(callsBoth);
print(callsBoth());

// new in a leaf
function make(F, a) { return new F(a); }
twice(function (i) { return make(C, i); });
print(make(C, 3).x, make(K, 4).k, make(Date, 0).getTime(), make(Array, 3).length);
try { make(Math.abs, 1); } catch (e) { print(e.name, e.message); }
print(make(bound, 1) instanceof Object);
print(make(function (a) { this.a = a; }.bind(null, 9), 1).a);

// side effects before a hand-over that follows a call happen once
var calls = 0;
function count() { calls++; return calls; }
function countThenRead(o) { var c = count(); return c + o.v; }
twice(function (i) { return countThenRead({v: i}); });
calls = 0;
print(countThenRead({get v() { return 100; }}), calls);
print(countThenRead({v: "s"}), calls);

// a leaf's call of a leaf that hands over; its stack names both
function getV(o) { return o.v; }
function callsGetV(o) { return getV(o) + 1; }
twice(function (i) { return callsGetV({v: i}); });
try { callsGetV({get v() { throw new Error("getter"); }}); } catch (e) { print(e.message, names(e.stack)); }
print(callsGetV({v: 41}));

// expect: innermost>middle>outer>script
// expect: innermost>middle>looping>aboveLoop>script
// expect: innermost>viaMap>script
// expect: true
// expect: too big: 500 thrower>passes>passesTwice>script
// expect: innermost>middle>outer>script
// expect: 8
// expect: true
// expect: 5000
// expect: RangeError Maximum call stack size exceeded
// expect: 10
// expect: 4 106 7 12!
// expect: object1
// expect: t2
// expect: TypeError Class constructor K cannot be invoked without 'new'
// expect: TypeError f is not a function
// expect: TypeError o.m is not a function
// expect: true,
// expect: 3 4 0 3
// expect: TypeError F is not a constructor
// expect: true
// expect: 9
// expect: 101 1
// expect: 2s 2
// expect: getter get>getV>callsGetV>script
// expect: 42
// expect: async 4
