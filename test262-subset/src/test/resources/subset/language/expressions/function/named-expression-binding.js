/*---
description: A named function expression can refer to itself; the name is read-only
flags: [noStrict]
---*/

var f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
assert.sameValue(f(5), 120);
assert.sameValue(typeof fact, "undefined");
var g = function self() { self = 1; return typeof self; };
assert.sameValue(g(), "function");
