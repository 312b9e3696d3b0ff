/*---
description: The + operator adds numbers and concatenates when either side is a string
---*/

assert.sameValue(1 + 2, 3);
assert.sameValue("1" + 2, "12");
assert.sameValue(1 + "2", "12");
assert.sameValue(1 + 2 + "3", "33", "left to right");
assert.sameValue("" + null, "null");
assert.sameValue(true + 1, 2);
assert.sameValue(undefined + 1 !== undefined + 1, true, "NaN");
