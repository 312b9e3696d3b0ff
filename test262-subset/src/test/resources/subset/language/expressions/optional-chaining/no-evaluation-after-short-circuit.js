/*---
description: Arguments are not evaluated when an optional call short-circuits
features: [optional-chaining]
---*/

var count = 0;
var o = null;
o?.f(count++);
o?.[count++];
assert.sameValue(count, 0);
