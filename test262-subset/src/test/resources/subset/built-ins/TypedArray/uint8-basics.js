/*---
description: Uint8Array wraps values modulo 256
features: [TypedArray]
---*/

var a = new Uint8Array([1, 256, -1]);
assert.sameValue(a[1], 0);
assert.sameValue(a[2], 255);
assert.sameValue(a.length, 3);
