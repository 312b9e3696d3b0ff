/*---
description: true, false and null literals
---*/

assert.sameValue(typeof true, "boolean");
assert.sameValue(false === !true, true);
assert.sameValue(null === null, true);
assert.sameValue(typeof null, "object");
