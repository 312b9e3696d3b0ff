/*---
description: abs, sign and trunc
---*/

assert.sameValue(Math.abs(-3.5), 3.5);
assert.sameValue(Math.abs(-0), 0);
assert.sameValue(Math.sign(-7), -1);
assert.sameValue(Math.sign(-0), -0);
assert.sameValue(Math.trunc(-4.7), -4);
assert.sameValue(Math.trunc(-0.5), -0);
assert.sameValue(isNaN(Math.abs("x")), true);
