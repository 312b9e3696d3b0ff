/*---
description: toString with a radix
---*/

assert.sameValue((255).toString(16), "ff");
assert.sameValue((255).toString(2), "11111111");
assert.sameValue((-255).toString(36), "-73");
assert.sameValue((0.5).toString(2), "0.1");
assert.sameValue((1e21).toString(), "1e+21");
assert.sameValue((123.456).toString(), "123.456");
assert.sameValue((1e-7).toString(), "1e-7");
assert.sameValue((-0).toString(), "0");
assert.throws(RangeError, function () { (1).toString(1); });
