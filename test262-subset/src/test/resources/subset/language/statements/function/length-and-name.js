/*---
description: length counts parameters before the first default or rest
---*/

function a(x, y) {}
function b(x, y = 1, z) {}
function c(...r) {}
assert.sameValue(a.length, 2);
assert.sameValue(b.length, 1);
assert.sameValue(c.length, 0);
assert.sameValue(a.name, "a");
var d = Object.getOwnPropertyDescriptor(a, "length");
assert.sameValue(d.writable, false);
assert.sameValue(d.configurable, true);
