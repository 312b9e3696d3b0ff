/*---
description: Compound assignment operators evaluate the target once
---*/

var x = 10;
x += 5; assert.sameValue(x, 15);
x -= 3; assert.sameValue(x, 12);
x *= 2; assert.sameValue(x, 24);
x /= 4; assert.sameValue(x, 6);
x %= 4; assert.sameValue(x, 2);
x <<= 3; assert.sameValue(x, 16);
x >>= 1; assert.sameValue(x, 8);
x >>>= 1; assert.sameValue(x, 4);
x |= 3; assert.sameValue(x, 7);
x &= 5; assert.sameValue(x, 5);
x ^= 1; assert.sameValue(x, 4);
var count = 0;
var o = { p: 1 };
function target() { count++; return o; }
target().p += 1;
assert.sameValue(o.p, 2);
assert.sameValue(count, 1);
