// A strict function with a direct eval, inside a function whose own direct eval (later in the
// source) makes its `arguments` visible: the inner eval must not need the outer `arguments`, which
// its own `arguments` shadows (found by test262 tco-non-eval-function-dynamic.js: an internal error).
var r = (function () {
  function f(n) {
    "use strict";
    if (n === 0) {
      return "done " + arguments.length;
    }
    return eval("f(n - 1)");
  }
  eval("var unused = 1;");
  return f(3);
})();
print(r);
print((function (a) {
  var g = () => eval("arguments[0]");
  eval("");
  return g();
})("outer arguments through an arrow"));
// Closures written before the sloppy direct eval that declares a var see that var.
var x = "global";
function before() { function inner() { return x; } eval("var x = 'local'"); return inner(); }
print(before());
function beforeArrow() { var inner = () => x; eval("var x = 'local arrow'"); return inner(); }
print(beforeArrow());
// And the strict inner function calling a local `eval` binding made by the outer eval.
var calls = 0;
(function () {
  function f(n) {
    "use strict";
    if (n === 0) {
      calls++;
      return;
    }
    return eval(n - 1);
  }
  eval("var eval = f;");
  f(5);
})();
print(calls);
// expect: done 1
// expect: outer arguments through an arrow
// expect: local
// expect: local arrow
// expect: 1
