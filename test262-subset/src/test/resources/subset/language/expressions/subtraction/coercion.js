/*---
description: The - operator converts both operands to numbers
---*/

assert.sameValue("10" - 3, 7);
assert.sameValue("a" - 1 !== "a" - 1, true, "NaN");
assert.sameValue(null - 1, -1);
assert.sameValue([5] - [2], 3);
assert.sameValue(2147483647 - -1, 2147483648, "no int32 overflow");
