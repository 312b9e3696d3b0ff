/*---
description: exp, log and friends
---*/

assert.sameValue(Math.exp(0), 1);
assert.sameValue(Math.log(Math.E), 1);
assert.sameValue(Math.log(0), -Infinity);
assert.sameValue(Math.log10(1000), 3);
assert.sameValue(Math.log2(8), 3);
assert.sameValue(Math.log1p(0), 0);
assert.sameValue(Math.expm1(-0), -0);
