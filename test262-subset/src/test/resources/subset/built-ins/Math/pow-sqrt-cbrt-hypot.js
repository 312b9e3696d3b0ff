/*---
description: pow, sqrt, cbrt and hypot
---*/

assert.sameValue(Math.pow(2, 0.5), Math.SQRT2);
assert.sameValue(Math.sqrt(16), 4);
assert.sameValue(isNaN(Math.sqrt(-1)), true);
assert.sameValue(Math.cbrt(-27), -3);
assert.sameValue(Math.hypot(3, 4), 5);
assert.sameValue(Math.hypot(), 0);
assert.sameValue(Math.hypot(NaN, Infinity), Infinity);
