// Callbacks of Array, typed-array, Map and Set methods reuse one frame per method call (Callback):
// each call still gets its own bindings, arguments, rest array, this and errors; numbers sorted
// with a comparator reach it as numbers and keep -0.
var fs = [1,2,3].map(function (x) { return function () { return x; }; });
print(fs[0](), fs[1](), fs[2]());
var as = [1,2].map(function () { return arguments; });
print(as[0][0], as[0][1], as[1][0], as[0] === as[1]);
var rs = [5,6].map(function (x, ...rest) { return rest; });
print(rs[0], rs[1], rs[0] === rs[1]);
function depth(x) { return x > 0 ? [x - 1].map(depth)[0] + 1 : 0; }
print([3, 4].map(depth));
var o = {k: 1};
print([1].map(function () { return this === o; }, o), [1].map(function () { return this === globalThis; }));
print([1].map(function () { "use strict"; return this; })[0]);
print([3,1,2].sort(function (a, b) { var t; { let u = a - b; t = u; } return t; }));
try { [1,2].forEach(function (x) { if (x === 2) throw new Error("boom " + x); }); } catch (e) { print(e.message, e.stack.split("\n")[1].trim().replace(/\(.*:(\d+):(\d+)\)/, "line $1 column $2")); }
print([2, -0, 0, NaN, 1.5, -1].sort(function (a, b) { return a - b; }).map(function (v) { return Object.is(v, -0) ? "-0" : String(v); }));
var seen = [];
print([0.5, 2, 1].sort(function (a, b) { seen.push(typeof a, typeof b); return a - b; }), seen.every(function (t) { return t === "number"; }));
print(new Float64Array([3, 1.5, -0, 2]).sort(function (a, b) { return b - a; }).join());
print(new BigInt64Array([3n, 1n, 2n]).sort(function (a, b) { return a < b ? -1 : 1; }).join());
var gens = [1, 2].map(function* (x) { yield x; });
print(gens[0].next().value, gens[1].next().value);
print([1, 2, 3].reduce(function (a, b) { return a + b; }), [1, 2, 3].filter(function (x) { return x & 1; }), [1, 2, 3].find(function (x) { return x > 1; }));
var m = new Map([["a", 1], ["b", 2]]);
var fs = [];
m.forEach(function (v, k, map) { fs.push(function () { return k + v; }); if (k === "a") map.set("c", 3); });
print(fs.map(function (f) { return f(); }), fs.length);
var s = new Set([1, 2]);
var seen = [];
s.forEach(function (v, v2, set) { seen.push(v === v2, set === s, arguments.length); if (v === 1) set.delete(2); });
print(seen);
var o = {};
new Set([0]).forEach(function () { print(this === o); }, o);
// expect: 1 2 3
// expect: 1 0 2 false
// expect: 0,5,6 1,5,6 false
// expect: 3,4
// expect: true true
// expect: undefined
// expect: 1,2,3
// expect: boom 2 at <anonymous> line 16 column 59
// expect: -1,-0,0,1.5,2,NaN
// expect: 0.5,1,2 true
// expect: 3,2,1.5,0
// expect: 1,2,3
// expect: 1 2
// expect: 6 1,3 2
// expect: a1,b2,c3 3
// expect: true,true,3
// expect: true
