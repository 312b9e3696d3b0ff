// Small functions that call nothing run their compiled calls without a frame (JitCompiler,
// "Leaves"), from built-ins' callbacks and from compiled callers. Whatever a leaf does not do
// itself hands over to the interpreter at that instruction: side effects already done stay done,
// getters, valueOf and errors happen with the function's frame on the stack.
function twice(f) { var r; for (var i = 0; i < 30; i++) { r = f(i); } return r; }

// a comparator: numbers in the leaf, anything else through the interpreter
print([5, 1, 4, 2, 3, 10, 0.5].sort(function (a, b) { return a - b; }));
print(["b", "c", "a"].sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; }));
print(["10", 9, "8.5", 1].sort(function (a, b) { return a - b; }));

// side effects before the hand-over are done once
var counter = {count: 0};
function bump(o, x) { o.count = o.count + 1; return x * 2; }
twice(function (i) { return bump(counter, i); });
print(counter.count, bump(counter, {valueOf: function () { print("valueOf"); return 21; }}), counter.count);

// a getter met after the cache learned plain objects; its error's stack names the leaf
function getX(o) { return o.x; }
twice(function (i) { return getX({x: i}); });
var withGetter = {get x() { throw new Error("in getter"); }};
try { getX(withGetter); } catch (e) { print(e.message, / at getX /.test(e.stack)); }
print(getX({y: 1, x: "later shape"}));

// errors thrown where the leaf hands over
try { twice(function (i) { return getX(i < 29 ? {x: i} : undefined); }); } catch (e) {
    print(e.constructor.name, e.message, / at getX /.test(e.stack));
}
function tdz() {
    var g = function () { return v; };
    var r = [];
    for (var i = 0; i < 3; i++) {
        try { r.push(g()); } catch (e) { r.push(e.name); }
    }
    let v = 5;
    r.push(g());
    return r;
}
print(tdz());
H = 7;
function readH() { return H; }
print(twice(readH));
delete globalThis.H;
try { readH(); } catch (e) { print(e.name, e.message, / at readH /.test(e.stack)); }
function setStrict(o, v) { "use strict"; o.p = v; return o.p; }
print(twice(function (i) { return setStrict({p: 0}, i); }));
try { setStrict(Object.freeze({p: 0}), 1); } catch (e) { print(e.name); }
print(setStrict({q: 1}, "added"));

// this, missing and extra arguments
print([1].map(function () { return typeof this; }, 5), [1].map(function () { "use strict"; return typeof this; }, 5));
function third(a, b, c) { return c === undefined ? "none" : c.length; }
print([7, 8].map(third), twice(function (i) { return third(i); }));
print([1, 2, 3].reduce(function (acc, x, i, arr) { return acc + x * i + arr.length; }, 0));

// loose equality with an object, upvalues written, holes, strings
function looseEq(a, b) { return a == b; }
twice(function (i) { return looseEq(i, 3); });
print(looseEq({valueOf: function () { print("valueOf"); return 3; }}, 3), looseEq(null, undefined), looseEq("3", 3));
var total = 0;
var add = function (x) { total = total + x; };
[1, 2, 3, 4].forEach(add);
print(total);
function at(a, i) { return a[i]; }
twice(function (i) { return at([i, i], 1); });
Array.prototype[1] = "from the prototype";
print(at([0, , 2], 1), at("abc", 2), at([1], 5));
delete Array.prototype[1];
print(["ab", "cde", ""].map(function (w) { return w.length; }), [[1, 2], []].map(function (a) { return a.length; }));
print(twice(function (i) { return i > 28 ? at("xyz", 0) + i % 7 + -i : 0; }));

// getters and calls from Java (call, apply, accessors) run leaves too
var P = {_x: 4, get x() { return this._x * 2; }};
print(twice(function () { return P.x; }), Object.create(P, {_x: {value: "s"}}).x, Object.create(P, {_x: {value: "5"}}).x);
function sum3(a, b, c) { return a + b + c; }
print(twice(function (i) { return sum3.call(null, i, 1, 2); }), sum3.apply(null, [1, 2]), sum3.call(null, "a", 1, 2));

// constructors: a leaf runs the body, [[Construct]] keeps its result rule
function Pt(x, y) { this.x = x; this.y = y; }
var pts = [];
for (var i = 0; i < 40; i++) { pts.push(new Pt(i, i * 2)); }
print(pts[39].x, pts[39].y, pts[39] instanceof Pt, Object.keys(pts[0]));
function Ret(o) { this.a = 1; return o; }
print(twice(function (i) { return new Ret(i).a; }), new Ret({b: 2}).b, new Ret(null).a);
Object.defineProperty(Pt.prototype, "y", {set: function (v) { print("setter", v); }, configurable: true});
var q = new Pt(1, 2);
print(q.x, Object.keys(q));
delete Pt.prototype.y;
function StrictPt(v) { "use strict"; this.v = v; }
print(twice(function (i) { return new StrictPt(i).v; }), new Pt(3, 4).y);


// expect: 0.5,1,2,3,4,5,10
// expect: a,b,c
// expect: 1,8.5,9,10
// expect: valueOf
// expect: 30 42 31
// expect: in getter true
// expect: later shape
// expect: TypeError Cannot read properties of undefined (reading 'x') true
// expect: ReferenceError,ReferenceError,ReferenceError,5
// expect: 7
// expect: ReferenceError H is not defined true
// expect: 29
// expect: TypeError
// expect: added
// expect: object number
// expect: 2,2 none
// expect: 17
// expect: valueOf
// expect: true true true
// expect: 10
// expect: from the prototype c undefined
// expect: 2,3,0 2,0
// expect: x1-29
// expect: 8 NaN 10
// expect: 32 NaN a12
// expect: 39 78 true x,y
// expect: 1 2 1
// expect: setter 2
// expect: 1 x
// expect: 29 4
