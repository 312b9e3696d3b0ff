/*---
description: The global isNaN and isFinite convert their argument
---*/

assert.sameValue(isNaN("abc"), true);
assert.sameValue(isNaN("12"), false);
assert.sameValue(isNaN(undefined), true);
assert.sameValue(isFinite("12"), true);
assert.sameValue(isFinite(Infinity), false);
assert.sameValue(isFinite(null), true);
assert.throws(TypeError, function () { isNaN(Symbol()); });
