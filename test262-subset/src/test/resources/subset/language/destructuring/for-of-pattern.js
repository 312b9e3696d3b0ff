/*---
description: for-of heads can destructure
features: [destructuring-binding, for-of]
---*/

var pairs = [[1, "a"], [2, "b"]];
var out = [];
for (var [n, s] of pairs) out.push(n + s);
for (const { length } of ["xyz"]) out.push(length);
assert.sameValue(out.join(), "1a,2b,3");
