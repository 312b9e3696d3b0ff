/*---
description: shift removes the first element; unshift prepends
includes: [compareArray.js]
---*/

var a = [1, 2, 3];
assert.sameValue(a.shift(), 1);
assert.compareArray(a, [2, 3]);
assert.sameValue(a.unshift(0, 1), 4);
assert.compareArray(a, [0, 1, 2, 3]);
var holey = [, 1];
holey.shift();
assert.compareArray(holey, [1]);
