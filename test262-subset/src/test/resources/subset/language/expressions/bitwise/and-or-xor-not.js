/*---
description: Bitwise operators work on int32 values
---*/

assert.sameValue(5 & 3, 1);
assert.sameValue(5 | 3, 7);
assert.sameValue(5 ^ 3, 6);
assert.sameValue(~5, -6);
assert.sameValue(~~3.7, 3);
assert.sameValue(4294967295 | 0, -1);
assert.sameValue(2147483648 | 0, -2147483648);
assert.sameValue(NaN | 0, 0);
