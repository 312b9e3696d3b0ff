/*---
description: The comma operator evaluates left to right and yields the last value
---*/

var i = 0;
var r = (i++, i++, i);
assert.sameValue(r, 2);
assert.sameValue((1, 2, 3), 3);
