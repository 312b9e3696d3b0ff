/*---
description: Object.create sets the prototype and defines properties
---*/

var proto = { p: 1 };
var o = Object.create(proto, { own: { value: 2, enumerable: true } });
assert.sameValue(Object.getPrototypeOf(o), proto);
assert.sameValue(o.own, 2);
assert.sameValue(Object.getOwnPropertyDescriptor(o, "own").writable, false);
var bare = Object.create(null);
assert.sameValue(Object.getPrototypeOf(bare), null);
assert.sameValue("toString" in bare, false);
assert.throws(TypeError, function () { Object.create(1); });
