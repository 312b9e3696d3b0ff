/*---
description: slice copies a range with negative indices
includes: [compareArray.js]
---*/

var a = [1, 2, 3, 4];
assert.compareArray(a.slice(1, 3), [2, 3]);
assert.compareArray(a.slice(-2), [3, 4]);
assert.compareArray(a.slice(), [1, 2, 3, 4]);
assert.compareArray(a.slice(3, 1), []);
assert.compareArray(Array.prototype.slice.call("abc", 1), ["b", "c"]);
