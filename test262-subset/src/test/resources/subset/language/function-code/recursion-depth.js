/*---
description: Deep recursion works and runaway recursion is a RangeError
---*/

function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
assert.sameValue(depth(5000), 5000);
function forever() { return forever() + 1; }
assert.throws(RangeError, forever);
