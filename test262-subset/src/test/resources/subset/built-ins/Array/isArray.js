/*---
description: Array.isArray recognizes arrays only
---*/

assert.sameValue(Array.isArray([]), true);
assert.sameValue(Array.isArray(Array.prototype), true);
assert.sameValue(Array.isArray({ length: 0 }), false);
assert.sameValue(Array.isArray("abc"), false);
