/*---
description: WeakMap accepts only object keys
features: [WeakMap]
---*/

var wm = new WeakMap();
var k = {};
wm.set(k, 1);
assert.sameValue(wm.get(k), 1);
assert.throws(TypeError, function () { wm.set(1, 1); });
