/*---
description: isInteger, isSafeInteger, isFinite and isNaN do not convert
---*/

assert.sameValue(Number.isInteger(5), true);
assert.sameValue(Number.isInteger(5.5), false);
assert.sameValue(Number.isInteger("5"), false);
assert.sameValue(Number.isSafeInteger(Math.pow(2, 53)), false);
assert.sameValue(Number.isSafeInteger(Math.pow(2, 53) - 1), true);
assert.sameValue(Number.isFinite("1"), false);
assert.sameValue(Number.isNaN("NaN"), false);
assert.sameValue(Number.isNaN(NaN), true);
assert.sameValue(Number.parseFloat, parseFloat);
assert.sameValue(Number.parseInt, parseInt);
