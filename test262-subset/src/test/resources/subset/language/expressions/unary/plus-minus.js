/*---
description: Unary + and - convert to number
---*/

assert.sameValue(+"42", 42);
assert.sameValue(+"", 0);
assert.sameValue(+" 12 ", 12);
assert.sameValue(+"0x1F", 31);
assert.sameValue(-"3", -3);
assert.sameValue(-0 === 0, true);
assert.sameValue(1 / -(0), -Infinity);
assert.sameValue(+[], 0);
assert.sameValue(+{} !== +{}, true);
assert.throws(TypeError, function () { +Symbol(); });
