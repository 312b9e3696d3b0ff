/*---
description: for-in over null or undefined runs no iteration
---*/

var n = 0;
for (var k in null) n++;
for (var k2 in undefined) n++;
assert.sameValue(n, 0);
