/*---
description: Object() wraps primitives and creates empty objects for null and undefined
---*/

assert.sameValue(typeof Object(1), "object");
assert.sameValue(Object(1) instanceof Number, true);
var o = {};
assert.sameValue(Object(o), o);
assert.sameValue(Object.getPrototypeOf(Object(null)), Object.prototype);
assert.sameValue(Object.keys(new Object(undefined)).length, 0);
