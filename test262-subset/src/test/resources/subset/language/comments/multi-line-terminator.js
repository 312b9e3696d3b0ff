/*---
description: A multi-line comment containing a line break acts as a line terminator
---*/

var x = 1 /*
*/ var y = 2;
assert.sameValue(x + y, 3);
// a single-line comment
assert.sameValue(/* inline */ 5, 5);
