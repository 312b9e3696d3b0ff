/*---
description: Object.is implements SameValue
features: [Object.is]
---*/

assert.sameValue(Object.is(NaN, NaN), true);
assert.sameValue(Object.is(0, -0), false);
assert.sameValue(Object.is("a", "a"), true);
assert.sameValue(Object.is({}, {}), false);
