/*---
description: Assignment is right-associative and yields the assigned value
---*/

var a, b, c;
a = b = c = 7;
assert.sameValue(a, 7);
assert.sameValue(b, 7);
assert.sameValue(c, 7);
var o = {};
assert.sameValue((o.x = 3), 3);
