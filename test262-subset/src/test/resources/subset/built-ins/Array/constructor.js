/*---
description: Array(n) sets the length; other arguments become elements
includes: [compareArray.js]
---*/

assert.sameValue(new Array(3).length, 3);
assert.sameValue(0 in new Array(3), false);
assert.compareArray(Array(1, 2), [1, 2]);
assert.compareArray(Array("3"), ["3"]);
assert.throws(RangeError, function () { new Array(-1); });
assert.throws(RangeError, function () { new Array(1.5); });
