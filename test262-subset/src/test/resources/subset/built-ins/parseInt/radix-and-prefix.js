/*---
description: parseInt handles radix, sign, white space and the 0x prefix
---*/

assert.sameValue(parseInt("  42px"), 42);
assert.sameValue(parseInt("-0x1A"), -26);
assert.sameValue(parseInt("101", 2), 5);
assert.sameValue(parseInt("z", 36), 35);
assert.sameValue(parseInt("08"), 8);
assert.sameValue(isNaN(parseInt("")), true);
assert.sameValue(isNaN(parseInt("12", 1)), true);
assert.sameValue(parseInt("12", 0), 12);
assert.sameValue(parseInt("0.0000005"), 0);
assert.sameValue(parseInt(0.0000005), 5, "converts via String first");
assert.sameValue(parseInt("-0"), -0);
