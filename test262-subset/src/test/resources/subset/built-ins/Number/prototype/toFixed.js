/*---
description: toFixed rounds to a number of fraction digits
---*/

assert.sameValue((1.005).toFixed(2), "1.00");
assert.sameValue((1.5).toFixed(0), "2");
assert.sameValue((0).toFixed(2), "0.00");
assert.sameValue((123.456).toFixed(1), "123.5");
assert.sameValue((1e21).toFixed(2), "1e+21");
assert.sameValue((-1.5).toFixed(0), "-2");
assert.throws(RangeError, function () { (1).toFixed(101); });
