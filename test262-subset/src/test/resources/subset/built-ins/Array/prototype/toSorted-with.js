/*---
description: toSorted, toReversed and with return copies
includes: [compareArray.js]
features: [change-array-by-copy]
---*/

var a = [3, 1, 2];
assert.compareArray(a.toSorted(), [1, 2, 3]);
assert.compareArray(a.toReversed(), [2, 1, 3]);
assert.compareArray(a.with(0, 9), [9, 1, 2]);
assert.compareArray(a, [3, 1, 2], "unchanged");
