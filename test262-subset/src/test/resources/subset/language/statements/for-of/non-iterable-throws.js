/*---
description: for-of over a non-iterable throws a TypeError
features: [for-of]
---*/

assert.throws(TypeError, function () { for (var x of {}) {} });
assert.throws(TypeError, function () { for (var x of 5) {} });
