/*---
description: do-while runs its body before the first test
---*/

var n = 0;
do n++; while (false);
assert.sameValue(n, 1);
var i = 0;
do { i += 2; } while (i < 7)
assert.sameValue(i, 8);
