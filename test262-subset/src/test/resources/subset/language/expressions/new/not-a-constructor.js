/*---
description: new of a non-constructor throws a TypeError
---*/

assert.throws(TypeError, function () { new Math.max(); });
assert.throws(TypeError, function () { new (function () {}.bind)(); });
assert.throws(TypeError, function () { var o = { m() {} }; new o.m(); });
assert.throws(TypeError, function () { new 1; });
