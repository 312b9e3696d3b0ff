/*---
description: toPrecision and toExponential
---*/

assert.sameValue((123.456).toPrecision(4), "123.5");
assert.sameValue((0.000123).toPrecision(2), "0.00012");
assert.sameValue((123456).toPrecision(2), "1.2e+5");
assert.sameValue((123.456).toExponential(2), "1.23e+2");
assert.sameValue((0).toExponential(), "0e+0");
assert.sameValue((5).toPrecision(), "5");
assert.throws(RangeError, function () { (1).toPrecision(0); });
