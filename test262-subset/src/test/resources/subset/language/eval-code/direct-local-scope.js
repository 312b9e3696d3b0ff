/*---
description: Direct eval sees the local variables of its caller
---*/

function f() {
  var local = 5;
  return eval("local * 2");
}
assert.sameValue(f(), 10);
