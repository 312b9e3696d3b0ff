/*---
description: eval is a function of the global object
---*/

assert.sameValue(typeof eval, "function");
assert.sameValue(eval.length, 1);
assert.sameValue(eval.name, "eval");
assert.sameValue(eval("var z = 2; z * 3"), 6);
