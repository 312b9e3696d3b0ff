/*---
description: Property access on primitives uses the wrapper prototypes
---*/

assert.sameValue("abc".length, 3);
assert.sameValue("abc"[1], "b");
assert.sameValue((5).toFixed(1), "5.0");
assert.sameValue(true.toString(), "true");
assert.throws(TypeError, function () { null.x; });
assert.throws(TypeError, function () { undefined[0]; });
