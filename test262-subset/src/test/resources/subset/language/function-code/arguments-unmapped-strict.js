/*---
description: In strict functions arguments is not mapped
flags: [onlyStrict]
---*/

function f(a) {
  arguments[0] = 9;
  return a;
}
assert.sameValue(f(1), 1);
function g() { return arguments.callee; }
assert.throws(TypeError, g);
