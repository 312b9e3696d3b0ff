/*---
description: Shift operators mask the count to five bits
---*/

assert.sameValue(1 << 31, -2147483648);
assert.sameValue(1 << 32, 1);
assert.sameValue(-16 >> 2, -4);
assert.sameValue(-16 >>> 28, 15);
assert.sameValue(-1 >>> 0, 4294967295);
assert.sameValue(256 >> 33, 128);
