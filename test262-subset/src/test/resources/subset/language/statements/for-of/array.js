/*---
description: for-of iterates array values including holes as undefined
features: [for-of]
---*/

var out = [];
for (var v of [1, , 3]) out.push(v);
assert.sameValue(out.length, 3);
assert.sameValue(out[1], undefined);
assert.sameValue(out[2], 3);
