/*---
description: void evaluates its operand and returns undefined
---*/

var n = 0;
assert.sameValue(void n++, undefined);
assert.sameValue(n, 1);
assert.sameValue(void 0, undefined);
