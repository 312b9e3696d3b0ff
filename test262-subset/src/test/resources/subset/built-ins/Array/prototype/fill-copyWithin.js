/*---
description: fill and copyWithin write ranges in place
includes: [compareArray.js]
---*/

assert.compareArray([1, 2, 3, 4].fill(0, 1, 3), [1, 0, 0, 4]);
assert.compareArray(new Array(3).fill("x"), ["x", "x", "x"]);
assert.compareArray([1, 2, 3, 4, 5].copyWithin(0, 3), [4, 5, 3, 4, 5]);
assert.compareArray([1, 2, 3, 4, 5].copyWithin(1, 0, 2), [1, 1, 2, 4, 5]);
