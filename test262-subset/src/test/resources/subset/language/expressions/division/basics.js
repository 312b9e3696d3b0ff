/*---
description: The / operator gives IEEE results for zero divisors
---*/

assert.sameValue(7 / 2, 3.5);
assert.sameValue(1 / 0, Infinity);
assert.sameValue(-1 / 0, -Infinity);
assert.sameValue(1 / -0, -Infinity);
assert.sameValue(0 / 0 !== 0 / 0, true);
assert.sameValue(-6 / 3, -2);
