/*---
description: splice removes and inserts elements and returns the removed ones
includes: [compareArray.js]
---*/

var a = [1, 2, 3, 4, 5];
assert.compareArray(a.splice(1, 2), [2, 3]);
assert.compareArray(a, [1, 4, 5]);
assert.compareArray(a.splice(1, 0, "a", "b"), []);
assert.compareArray(a, [1, "a", "b", 4, 5]);
assert.compareArray(a.splice(-2), [4, 5]);
assert.compareArray(a.splice(), []);
assert.compareArray([1, 2, 3].splice(1), [2, 3]);
