/*---
description: Array.of creates an array from its arguments
includes: [compareArray.js]
---*/

assert.compareArray(Array.of(7), [7]);
assert.compareArray(Array.of(1, "a", null), [1, "a", null]);
assert.sameValue(Array.of().length, 0);
