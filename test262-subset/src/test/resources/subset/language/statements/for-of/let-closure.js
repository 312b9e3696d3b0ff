/*---
description: for-of with let creates a binding per iteration
features: [for-of, let]
---*/

var fns = [];
for (let x of ["a", "b"]) fns.push(function () { return x; });
assert.sameValue(fns[0]() + fns[1](), "ab");
