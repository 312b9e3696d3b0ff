// The legacy "caller" of sloppy ordinary functions (the extension ECMA-262 17.1 permits): an own
// data property whose value is the function that called the innermost running activation, if
// that is a sloppy ordinary function, else null; never a strict function. Other kinds of
// function have none and inherit Function.prototype's %ThrowTypeError% accessor.
function f() { return f.caller; }
function g() { return f(); }
print(f() === null, g() === g, f.caller === null);
function strictCaller() { "use strict"; return f(); }
print(strictCaller() === null);
var arrowCaller = () => f();
print(arrowCaller() === null, ({ m() { return f(); } }).m() === null);

var d = Object.getOwnPropertyDescriptor(f, "caller");
print(d.value === null, d.writable, d.enumerable, d.configurable);
print(Object.getOwnPropertyNames(function () {}).join());

var kinds = {
  declaration: f,
  newFunction: new Function(""),
  strict: function () { "use strict"; },
  strictNewFunction: new Function("'use strict'"),
  arrow: () => 0,
  method: { m() {} }.m,
  getter: Object.getOwnPropertyDescriptor({ get x() { return 0; } }, "x").get,
  generator: function* () {},
  async: async function () {},
  class: class {},
  bound: g.bind(),
  builtin: Math.max,
};
var owners = [];
for (var k in kinds) {
  if (Object.prototype.hasOwnProperty.call(kinds[k], "caller")) owners.push(k);
}
print(owners.join());
try {
  (() => 0).caller;
} catch (e) {
  print("arrow:", e.constructor.name);
}

// arguments.callee.caller, recursion (the innermost activation), callers behind natives
function outer() { return inner(); }
function inner() { return arguments.callee.caller; }
print(outer() === outer);
function rec(n) { return n === 0 ? rec.caller : rec(n - 1); }
print(rec(2) === rec);
function viaCall() { return f.call(null); }
function viaMap() { return [1].map(f)[0]; }
print(viaCall() === viaCall, viaMap() === viaMap);
// eval code is not a function: the function that ran it is the caller
function evalCaller() { return eval("f()"); }
print(evalCaller() === evalCaller, eval("f()") === null);
// a constructor call has a caller too
function Made() { this.by = Made.caller; }
function maker() { return new Made(); }
print(maker().by === maker);

// one property-access site sees the value change while the shape stays the same
function probe() { return probe.caller; }
function a() { return probe(); }
var seen = [];
for (var i = 0; i < 6; i++) seen.push(i % 2 ? a() === a : probe() === null);
print(seen.join());
// inherited through a prototype: the holder's caller
var heir = Object.create(probe);
function readsHeir() { return heir.caller; }
print(readsHeir() === null);

// read-only: assignment fails (silently in sloppy code)
f.caller = 1;
print(f.caller === null);
(function () {
  "use strict";
  try {
    f.caller = 1;
  } catch (e) {
    print("strict assignment:", e.constructor.name);
  }
})();
// reconfiguring fixes the value it has then, so a non-configurable, non-writable caller never changes
function h() { return Object.getOwnPropertyDescriptor(h, "caller").value; }
function callsH() { return h(); }
print(callsH() === callsH);
Object.defineProperty(h, "caller", { configurable: false });
print(callsH() === null, Object.getOwnPropertyDescriptor(h, "caller").configurable);
function frozen() { return frozen.caller; }
Object.freeze(frozen);
function callsFrozen() { return frozen(); }
print(callsFrozen() === null, Object.isFrozen(frozen));
function deleted() { return deleted.caller; }
print(delete deleted.caller, Object.prototype.hasOwnProperty.call(deleted, "caller"));
try {
  deleted();
} catch (e) {
  print("deleted:", e.constructor.name);
}
// expect: true true true
// expect: true
// expect: true true
// expect: true false false true
// expect: length,name,prototype,caller
// expect: declaration,newFunction
// expect: arrow: TypeError
// expect: true
// expect: true
// expect: true true
// expect: true true
// expect: true
// expect: true,true,true,true,true,true
// expect: true
// expect: true
// expect: strict assignment: TypeError
// expect: true
// expect: true false
// expect: true true
// expect: true false
// expect: deleted: TypeError
