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
// expect: done 1
// expect: outer arguments through an arrow
