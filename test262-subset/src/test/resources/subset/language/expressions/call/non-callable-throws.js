/*---
description: Calling a non-function throws a TypeError
---*/

var o = { notAFunction: 1 };
assert.throws(TypeError, function () { o.notAFunction(); });
assert.throws(TypeError, function () { o.missing(); });
assert.throws(TypeError, function () { undefined(); });
