/*---
description: The === operator compares without conversion
---*/

assert.sameValue(1 === 1.0, true);
assert.sameValue("1" === 1, false);
assert.sameValue(0 === -0, true);
assert.sameValue(NaN === NaN, false);
assert.sameValue(null === undefined, false);
assert.sameValue(1 !== "1", true);
