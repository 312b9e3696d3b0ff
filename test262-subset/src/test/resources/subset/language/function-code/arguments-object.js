/*---
description: The arguments object is array-like and iterable
---*/

function f() { return arguments; }
var args = f(1, "b", null);
assert.sameValue(args.length, 3);
assert.sameValue(args[1], "b");
assert.sameValue(Object.prototype.toString.call(args), "[object Arguments]");
assert.sameValue(Array.isArray(args), false);
assert.sameValue([...args].length, 3);
