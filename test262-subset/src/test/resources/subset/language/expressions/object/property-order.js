/*---
description: Own keys come in integer, then string insertion order
---*/

var o = { b: 1, 2: 1, a: 1, 1: 1 };
o.c = 1;
o[0] = 1;
assert.sameValue(Object.keys(o).join(), "0,1,2,b,a,c");
