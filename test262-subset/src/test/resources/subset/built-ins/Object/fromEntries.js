/*---
description: Object.fromEntries builds an object from key-value pairs
features: [Object.fromEntries]
---*/

var o = Object.fromEntries([["a", 1], ["b", 2]]);
assert.sameValue(o.a + o.b, 3);
assert.throws(TypeError, function () { Object.fromEntries([1]); });
