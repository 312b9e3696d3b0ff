/*---
description: floor, ceil and round, including the signs of zero
---*/

assert.sameValue(Math.floor(-1.5), -2);
assert.sameValue(Math.ceil(-1.5), -1);
assert.sameValue(Math.ceil(-0.5), -0);
assert.sameValue(Math.round(2.5), 3);
assert.sameValue(Math.round(-2.5), -2);
assert.sameValue(Math.round(-0.4), -0);
assert.sameValue(Math.round(0.49999999999999994), 0);
assert.sameValue(Math.floor(Infinity), Infinity);
