/*---
description: var declarations are hoisted and initialized to undefined
---*/

assert.sameValue(v, undefined);
var v = 1;
assert.sameValue(v, 1);
function inner() {
  assert.sameValue(w, undefined);
  if (false) { var w = 2; }
  return typeof w;
}
assert.sameValue(inner(), "undefined");
