/*---
description: The * operator multiplies and overflows to Infinity
---*/

assert.sameValue(6 * 7, 42);
assert.sameValue(-3 * 0, -0);
assert.sameValue(1e308 * 10, Infinity);
assert.sameValue(65536 * 65536, 4294967296, "int32 overflow widens");
assert.sameValue("3" * "4", 12);
