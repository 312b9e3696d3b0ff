/*---
description: BigInt literals and arithmetic
features: [BigInt]
---*/

assert.sameValue(typeof 10n, "bigint");
assert.sameValue(2n ** 64n, 18446744073709551616n);
assert.sameValue(7n / 2n, 3n);
assert.sameValue(-7n % 2n, -1n);
assert.sameValue(0x10n, 16n);
assert.sameValue(1n == 1, true);
assert.sameValue(1n === 1, false);
assert.throws(TypeError, function () { 1n + 1; });
