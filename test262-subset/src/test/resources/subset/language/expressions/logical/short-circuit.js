/*---
description: Logical operators return an operand and short-circuit
---*/

var calls = 0;
function f() { calls++; return "f"; }
assert.sameValue(0 && f(), 0);
assert.sameValue(1 || f(), 1);
assert.sameValue(calls, 0);
assert.sameValue(1 && f(), "f");
assert.sameValue("" || f(), "f");
assert.sameValue(calls, 2);
assert.sameValue(!"", true);
assert.sameValue(!!{}, true);
