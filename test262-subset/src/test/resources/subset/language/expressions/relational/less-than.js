/*---
description: Relational comparison of numbers, strings and mixed operands
---*/

assert.sameValue(1 < 2, true);
assert.sameValue("a" < "b", true);
assert.sameValue("B" < "a", true, "code unit order");
assert.sameValue("10" < "9", true, "string comparison");
assert.sameValue("10" < 9, false, "numeric comparison");
assert.sameValue(NaN < 1, false);
assert.sameValue(NaN >= 1, false);
assert.sameValue(null >= 0, true);
assert.sameValue(undefined <= 0, false);
