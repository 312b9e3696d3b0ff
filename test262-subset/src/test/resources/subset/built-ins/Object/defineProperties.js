/*---
description: Object.defineProperties defines several properties
---*/

var o = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get: function () { return 2; } }
});
assert.sameValue(o.a + o.b, 3);
assert.sameValue(Object.keys(o).join(), "a");
