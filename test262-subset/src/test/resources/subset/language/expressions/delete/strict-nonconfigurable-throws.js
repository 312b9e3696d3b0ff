/*---
description: In strict code, deleting a non-configurable property throws a TypeError
flags: [onlyStrict]
---*/

var o = {};
Object.defineProperty(o, "fixed", { value: 1, configurable: false });
assert.throws(TypeError, function () { delete o.fixed; });
assert.throws(TypeError, function () { delete Object.prototype; });
