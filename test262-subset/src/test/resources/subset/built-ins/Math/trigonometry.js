/*---
description: Trigonometric and hyperbolic functions
---*/

assert.sameValue(Math.sin(0), 0);
assert.sameValue(Math.cos(0), 1);
assert.sameValue(Math.atan2(1, 1), Math.PI / 4);
assert.sameValue(Math.atan2(0, -0), Math.PI);
assert.sameValue(Math.tanh(Infinity), 1);
assert.sameValue(Math.asinh(-0), -0);
assert(Math.abs(Math.sin(Math.PI / 6) - 0.5) < 1e-15, "sin(pi/6)");
