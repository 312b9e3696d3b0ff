/*---
description: max and min with no arguments, NaN and signed zeros
---*/

assert.sameValue(Math.max(), -Infinity);
assert.sameValue(Math.min(), Infinity);
assert.sameValue(Math.max(1, 3, 2), 3);
assert.sameValue(isNaN(Math.max(1, NaN)), true);
assert.sameValue(Math.max(-0, 0), 0);
assert.sameValue(Math.min(0, -0), -0);
assert.sameValue(Math.max.length, 2);
