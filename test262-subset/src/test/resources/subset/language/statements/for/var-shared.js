/*---
description: var in a for head is one binding for all iterations
---*/

var fns = [];
for (var i = 0; i < 3; i++) fns.push(function () { return i; });
assert.sameValue(fns[0](), 3);
assert.sameValue(fns[2](), 3);
