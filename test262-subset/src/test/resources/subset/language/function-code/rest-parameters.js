/*---
description: Rest parameters collect the remaining arguments into an array
features: [rest-parameters]
---*/

function f(first, ...rest) { return [first, rest.length, Array.isArray(rest)].join(); }
assert.sameValue(f(1, 2, 3), "1,2,true");
assert.sameValue(f(), ",0,true");
