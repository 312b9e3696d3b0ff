/*---
description: instanceof consults Symbol.hasInstance
features: [Symbol.hasInstance]
---*/

var Even = { [Symbol.hasInstance]: function (v) { return v % 2 === 0; } };
assert.sameValue(2 instanceof Even, true);
assert.sameValue(3 instanceof Even, false);
