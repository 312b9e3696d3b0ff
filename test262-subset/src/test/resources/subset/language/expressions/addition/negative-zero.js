/*---
description: Adding zeros follows IEEE 754 signs
---*/

assert.sameValue(-0 + -0, -0);
assert.sameValue(-0 + 0, 0);
assert.sameValue(0.1 + 0.2, 0.30000000000000004);
assert.sameValue(Infinity + -Infinity !== Infinity + -Infinity, true);
