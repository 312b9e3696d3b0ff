/*---
description: Numeric literals in every radix, with exponents and separators
features: [numeric-separator-literal]
---*/

assert.sameValue(0x1F, 31);
assert.sameValue(0o17, 15);
assert.sameValue(0b101, 5);
assert.sameValue(1e3, 1000);
assert.sameValue(2.5E-1, 0.25);
assert.sameValue(.5, 0.5);
assert.sameValue(5., 5);
assert.sameValue(1_000_000, 1000000);
assert.sameValue(0.1e1, 1);
assert.sameValue(9007199254740993, 9007199254740992, "rounds to nearest double");
