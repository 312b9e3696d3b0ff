/*---
description: The default sort compares strings and puts undefined last
includes: [compareArray.js]
---*/

assert.compareArray([10, 9, 1, 100].sort(), [1, 10, 100, 9]);
assert.compareArray(["b", undefined, "a"].sort(), ["a", "b", undefined]);
var holes = [3, , 1];
holes.sort();
assert.sameValue(holes.length, 3);
assert.sameValue(holes[0], 1);
assert.sameValue(2 in holes, false, "holes move to the end");
