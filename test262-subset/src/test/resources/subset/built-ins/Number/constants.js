/*---
description: Number constants have the IEEE 754 values and are read-only
includes: [propertyHelper.js]
---*/

assert.sameValue(Number.MAX_SAFE_INTEGER, 9007199254740991);
assert.sameValue(Number.MIN_SAFE_INTEGER, -9007199254740991);
assert.sameValue(Number.EPSILON, Math.pow(2, -52));
assert.sameValue(Number.MAX_VALUE, 1.7976931348623157e308);
assert.sameValue(Number.MIN_VALUE, 5e-324);
assert.sameValue(Number.POSITIVE_INFINITY, Infinity);
assert.sameValue(isNaN(Number.NaN), true);
verifyProperty(Number, "MAX_VALUE", { writable: false, enumerable: false, configurable: false });
