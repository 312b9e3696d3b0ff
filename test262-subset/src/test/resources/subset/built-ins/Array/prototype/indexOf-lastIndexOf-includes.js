/*---
description: indexOf uses strict equality; includes uses SameValueZero
features: [Array.prototype.includes]
---*/

var a = [1, 2, NaN, 2, -0];
assert.sameValue(a.indexOf(2), 1);
assert.sameValue(a.lastIndexOf(2), 3);
assert.sameValue(a.indexOf(NaN), -1);
assert.sameValue(a.includes(NaN), true);
assert.sameValue(a.indexOf(0), 4);
assert.sameValue(a.indexOf(2, 2), 3);
assert.sameValue(a.indexOf(1, -2), -1);
assert.sameValue([1, 2, 3].includes(3, -1), true);
