/*---
description: The Function constructor builds functions from strings in the global scope
flags: [noStrict]
---*/

var add = new Function("a", "b", "return a + b;");
assert.sameValue(add(2, 3), 5);
assert.sameValue(add.length, 2);
var noArgs = Function("return 7");
assert.sameValue(noArgs(), 7);
assert.throws(SyntaxError, function () { new Function("a", "return +;"); });
var x = "global";
function f() { var x = "local"; return Function("return typeof x")(); }
assert.sameValue(f(), "string");
