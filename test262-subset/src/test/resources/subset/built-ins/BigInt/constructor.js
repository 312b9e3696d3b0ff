/*---
description: BigInt converts numbers and strings; it is not a constructor
features: [BigInt]
---*/

assert.sameValue(BigInt(10), 10n);
assert.sameValue(BigInt("0x1f"), 31n);
assert.throws(RangeError, function () { BigInt(1.5); });
assert.throws(TypeError, function () { new BigInt(1); });
assert.sameValue(BigInt.asUintN(8, 257n), 1n);
