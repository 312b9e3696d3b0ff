/*---
description: Object literals with shorthand, computed keys and methods
---*/

var x = 1, key = "k";
var o = {
  x,
  [key + "1"]: 2,
  ["a" + "b"]: 3,
  method() { return this.x; },
  42: "number key"
};
assert.sameValue(o.x, 1);
assert.sameValue(o.k1, 2);
assert.sameValue(o.ab, 3);
assert.sameValue(o.method(), 1);
assert.sameValue(o["42"], "number key");
assert.sameValue(o.method.name, "method");
