/*---
description: Setting length truncates and index writes grow the array
includes: [compareArray.js]
---*/

var a = [1, 2, 3, 4];
a.length = 2;
assert.compareArray(a, [1, 2]);
a[5] = 6;
assert.sameValue(a.length, 6);
assert.throws(RangeError, function () { a.length = -1; });
assert.throws(RangeError, function () { a.length = 1.5; });
a.length = "3";
assert.sameValue(a.length, 3);
