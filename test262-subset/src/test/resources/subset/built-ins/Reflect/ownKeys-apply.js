/*---
description: Reflect.ownKeys and Reflect.apply
features: [Reflect]
---*/

var s = Symbol();
var o = { b: 1, 1: 1 };
o[s] = 1;
var keys = Reflect.ownKeys(o);
assert.sameValue(keys.length, 3);
assert.sameValue(keys[2], s);
assert.sameValue(Reflect.apply(Math.max, null, [1, 3]), 3);
