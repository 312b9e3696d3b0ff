/*---
description: ArrayBuffer has a fixed byte length
features: [ArrayBuffer]
---*/

var b = new ArrayBuffer(8);
assert.sameValue(b.byteLength, 8);
assert.sameValue(b.slice(2).byteLength, 6);
