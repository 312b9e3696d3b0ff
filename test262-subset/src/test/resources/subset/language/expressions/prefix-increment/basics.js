/*---
description: ++x and --x return the new value
---*/

var x = 1;
assert.sameValue(++x, 2);
assert.sameValue(--x, 1);
var y = 2147483647;
assert.sameValue(++y, 2147483648);
