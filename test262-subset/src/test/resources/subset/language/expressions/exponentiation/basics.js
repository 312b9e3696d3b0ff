/*---
description: The ** operator is right-associative
---*/

assert.sameValue(2 ** 10, 1024);
assert.sameValue(2 ** 3 ** 2, 512);
assert.sameValue((-2) ** 3, -8);
assert.sameValue(2 ** -1, 0.5);
assert.sameValue(1 ** Infinity !== 1 ** Infinity, true, "1 ** Infinity is NaN");
var x = 3;
x **= 2;
assert.sameValue(x, 9);
