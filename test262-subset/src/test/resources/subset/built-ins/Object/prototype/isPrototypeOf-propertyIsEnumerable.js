/*---
description: isPrototypeOf and propertyIsEnumerable
---*/

var proto = {};
var o = Object.create(proto);
assert.sameValue(proto.isPrototypeOf(o), true);
assert.sameValue(Object.prototype.isPrototypeOf(o), true);
assert.sameValue(o.isPrototypeOf(proto), false);
assert.sameValue({ a: 1 }.propertyIsEnumerable("a"), true);
assert.sameValue([].propertyIsEnumerable("length"), false);
