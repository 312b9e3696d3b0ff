/*---
description: with puts an object's properties in scope
flags: [noStrict]
---*/

var o = { a: 1 };
var a = "global";
with (o) {
  assert.sameValue(a, 1);
  a = 2;
}
assert.sameValue(o.a, 2);
assert.sameValue(a, "global");
