/*---
description: reverse reverses in place, keeping holes
includes: [compareArray.js]
---*/

var a = [1, 2, 3];
assert.sameValue(a.reverse(), a);
assert.compareArray(a, [3, 2, 1]);
var h = [1, , 3, 4];
h.reverse();
assert.sameValue(h[0], 4);
assert.sameValue(2 in h, false);
