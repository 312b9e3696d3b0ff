/*---
description: A { at the start of a statement opens a block
---*/

var r = eval("{}");
assert.sameValue(r, undefined);
assert.sameValue(eval("({})") instanceof Object, true);
