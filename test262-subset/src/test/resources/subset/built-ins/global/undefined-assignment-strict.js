/*---
description: Assigning to undefined throws in strict code
flags: [onlyStrict]
---*/

assert.throws(TypeError, function () { undefined = 1; });
assert.throws(TypeError, function () { NaN = 1; });
