/*---
description: x++ returns the old value converted to number
---*/

var x = "5";
var old = x++;
assert.sameValue(old, 5);
assert.sameValue(x, 6);
var o = { p: 1 };
o.p++;
assert.sameValue(o.p, 2);
var a = [0];
a[0]--;
assert.sameValue(a[0], -1);
