/*---
description: Assigning to a const binding throws a TypeError
features: [const]
---*/

const c = 1;
assert.throws(TypeError, function () { c = 2; });
assert.sameValue(c, 1);
const o = { p: 1 };
o.p = 2;
assert.sameValue(o.p, 2, "the object itself is mutable");
