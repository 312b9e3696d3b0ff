/*---
description: call and apply set this and pass arguments
---*/

function f(a, b) { return this.base + a + b; }
var o = { base: 10 };
assert.sameValue(f.call(o, 1, 2), 13);
assert.sameValue(f.apply(o, [1, 2]), 13);
assert.sameValue(f.apply(o, { length: 2, 0: 3, 1: 4 }), 17, "array-like");
assert.throws(TypeError, function () { f.apply(o, 1); });
assert.throws(TypeError, function () { Function.prototype.call.call(1); });
