/*---
description: Object.hasOwn tests own properties only
features: [Object.hasOwn]
---*/

assert.sameValue(Object.hasOwn({ a: 1 }, "a"), true);
assert.sameValue(Object.hasOwn({}, "toString"), false);
assert.throws(TypeError, function () { Object.hasOwn(null, "a"); });
