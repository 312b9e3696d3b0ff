/*---
description: getOwnPropertyDescriptors returns every own descriptor
---*/

var d = Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } });
assert.sameValue(d.a.value, 1);
assert.sameValue(d.a.writable, true);
assert.sameValue(typeof d.b.get, "function");
assert.sameValue(d.b.set, undefined);
