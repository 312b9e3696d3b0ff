/*---
description: return without a value returns undefined; ASI ends return at a newline
---*/

function f() { return; }
function g() {
  return
  42;
}
assert.sameValue(f(), undefined);
assert.sameValue(g(), undefined);
