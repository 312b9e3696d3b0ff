/*---
description: Number.prototype methods need a number or Number object
---*/

assert.sameValue(new Number(3).valueOf(), 3);
assert.sameValue(Number.prototype.toString.call(new Number(8)), "8");
assert.throws(TypeError, function () { Number.prototype.valueOf.call("1"); });
assert.throws(TypeError, function () { Number.prototype.toFixed.call({}); });
