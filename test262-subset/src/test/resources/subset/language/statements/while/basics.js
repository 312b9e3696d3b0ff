/*---
description: while loops test before each iteration
---*/

var i = 0, s = 0;
while (i < 5) { s += i; i++; }
assert.sameValue(s, 10);
var ran = false;
while (false) ran = true;
assert.sameValue(ran, false);
