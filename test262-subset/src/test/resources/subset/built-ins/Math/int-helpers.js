/*---
description: clz32, imul and fround
---*/

assert.sameValue(Math.clz32(1), 31);
assert.sameValue(Math.clz32(0), 32);
assert.sameValue(Math.imul(0xffffffff, 5), -5);
assert.sameValue(Math.imul(3, 4), 12);
assert.sameValue(Math.fround(5.5), 5.5);
assert.sameValue(Math.fround(5.05), 5.050000190734863);
