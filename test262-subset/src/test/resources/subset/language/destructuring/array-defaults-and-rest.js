/*---
description: Array patterns with defaults, elision and rest
features: [destructuring-binding]
---*/

var [a, , b = 5, ...rest] = [1, 2, undefined, 4, 5];
assert.sameValue(a, 1);
assert.sameValue(b, 5);
assert.sameValue(rest.length, 2);
assert.sameValue(rest[1], 5);
var [x = 1, y = x + 1] = [];
assert.sameValue(y, 2, "defaults see earlier bindings");
