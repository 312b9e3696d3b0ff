/*---
description: The % operator takes the sign of the dividend
---*/

assert.sameValue(7 % 3, 1);
assert.sameValue(-7 % 3, -1);
assert.sameValue(7 % -3, 1);
assert.sameValue(-4 % 2, -0);
assert.sameValue(5.5 % 2, 1.5);
assert.sameValue(5 % 0 !== 5 % 0, true);
assert.sameValue(5 % Infinity, 5);
