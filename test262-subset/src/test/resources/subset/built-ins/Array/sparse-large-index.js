/*---
description: A write at a large index makes a sparse array with the right length
---*/

var a = [];
a[4294967294] = "last";
assert.sameValue(a.length, 4294967295);
a[4294967295] = "not an index";
assert.sameValue(a.length, 4294967295);
assert.sameValue(a[4294967295], "not an index");
