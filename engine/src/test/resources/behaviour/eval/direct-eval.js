// Direct eval reads and writes the caller's bindings, declares vars in its var scope; closures see with objects.
globalThis.x = "global";
function f(a) {
  var y = 1;
  let z = 2;
  eval("print(a, y, z, x); y = 10; var w = 'from eval'; function g() { return 'g ' + w; }");
  print(y, w, g(), typeof w);
  print(delete w, typeof w);
  return () => eval("a + y");
}
print(f(5)());
function strict() { "use strict"; eval("var q = 1"); return typeof q; }
print(strict());
var o = { p: "with p" };
with (o) { print((function () { return p; })()); print((() => p)()); eval("print(p)"); }
function thisTest() { return eval("this.v"); }
print(thisTest.call({ v: "this works" }));
function args() { return eval("arguments.length"); }
print(args(1, 2, 3));
{ let blockLet = "block"; print(eval("blockLet")); }
(0, eval)("var globalFromEval = 1"); print(globalFromEval, delete globalFromEval, typeof globalFromEval);
try { (function () { let c = 1; { eval("var c = 2"); } })(); } catch (e) { print(e.name, e.message); }
function outer() { var v = "outer v"; return function inner() { return eval("v"); }; }
print(outer()());
class A { #priv = "private"; m() { return eval("this.#priv"); } }
print(new A().m());
const ind = eval; globalThis.shadow = "global shadow"; function sh() { var shadow = "local"; return ind("shadow"); } print(sh());
function nested() { var n = 1; eval("eval('n = 42')"); return n; } print(nested());
function declLater() { eval("var late = 7"); return function () { return late; }; } print(declLater()());
print(eval("1; if (true) { 2; }"));
function newT() { return eval("new.target"); } print(new newT() !== undefined, newT());

// expect: 5 1 2 global
// expect: 10 from eval g from eval string
// expect: true undefined
// expect: 15
// expect: undefined
// expect: with p
// expect: with p
// expect: with p
// expect: this works
// expect: 3
// expect: block
// expect: 1 true undefined
// expect: SyntaxError Identifier 'c' has already been declared
// expect: outer v
// expect: private
// expect: global shadow
// expect: 42
// expect: 7
// expect: 2
// expect: true undefined
