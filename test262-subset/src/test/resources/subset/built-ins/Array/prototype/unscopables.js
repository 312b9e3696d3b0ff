/*---
description: Array.prototype[Symbol.unscopables] lists methods hidden from with
features: [Symbol.unscopables]
---*/

var u = Array.prototype[Symbol.unscopables];
assert.sameValue(Object.getPrototypeOf(u), null);
assert.sameValue(u.includes, true);
assert.sameValue(u.flat, true);
