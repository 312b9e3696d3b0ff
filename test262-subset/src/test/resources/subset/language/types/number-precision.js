/*---
description: Numbers are IEEE 754 doubles
---*/

assert.sameValue(Number.MAX_SAFE_INTEGER + 2, 9007199254740992);
assert.sameValue(0.1 * 3, 0.30000000000000004);
assert.sameValue(1 / 3 * 3, 1);
assert.sameValue(5e-324 / 2, 0);
