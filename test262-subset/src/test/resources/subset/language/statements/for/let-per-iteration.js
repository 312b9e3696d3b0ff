/*---
description: let in a for head gets a fresh binding per iteration
features: [let]
---*/

var fns = [];
for (let i = 0; i < 3; i++) fns.push(function () { return i; });
assert.sameValue(fns[0](), 0);
assert.sameValue(fns[1](), 1);
assert.sameValue(fns[2](), 2);
