/*---
description: parseFloat reads the longest decimal prefix
---*/

assert.sameValue(parseFloat("3.14abc"), 3.14);
assert.sameValue(parseFloat("  -.5e1 "), -5);
assert.sameValue(parseFloat("Infinityx"), Infinity);
assert.sameValue(parseFloat("0x10"), 0);
assert.sameValue(isNaN(parseFloat("e5")), true);
assert.sameValue(parseFloat("1e1000"), Infinity);
