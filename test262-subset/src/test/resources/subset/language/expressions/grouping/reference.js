/*---
description: Parentheses around a reference keep it assignable
---*/

var x;
(x) = 5;
assert.sameValue(x, 5);
var o = {};
(o.p) = 6;
assert.sameValue(o.p, 6);
