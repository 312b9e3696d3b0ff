/*---
description: Set keeps unique values in insertion order
includes: [compareArray.js]
features: [Set]
---*/

var s = new Set([1, 2, 2, 3]);
assert.sameValue(s.size, 3);
s.add(0);
assert.compareArray([...s], [1, 2, 3, 0]);
assert.sameValue(s.has(2), true);
