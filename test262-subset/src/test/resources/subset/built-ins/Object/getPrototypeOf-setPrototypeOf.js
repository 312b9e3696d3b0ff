/*---
description: getPrototypeOf and setPrototypeOf, with cycle detection
---*/

var a = {}, b = Object.create(a);
assert.sameValue(Object.getPrototypeOf(b), a);
assert.sameValue(Object.getPrototypeOf("s"), String.prototype);
assert.throws(TypeError, function () { Object.setPrototypeOf(a, b); }, "cycle");
var c = {};
assert.sameValue(Object.setPrototypeOf(c, null), c);
assert.sameValue(Object.getPrototypeOf(c), null);
assert.throws(TypeError, function () { Object.setPrototypeOf(Object.preventExtensions({}), {}); });
