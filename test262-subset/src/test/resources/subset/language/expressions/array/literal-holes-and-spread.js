/*---
description: Array literals with holes, trailing commas and spread
---*/

var a = [1, , 3,];
assert.sameValue(a.length, 3);
assert.sameValue(1 in a, false);
var b = [0, ...[1, 2], ..."ab"];
assert.sameValue(b.length, 5);
assert.sameValue(b.join(), "0,1,2,a,b");
var c = [...[, 1]];
assert.sameValue(0 in c, true, "spread turns holes into undefined");
