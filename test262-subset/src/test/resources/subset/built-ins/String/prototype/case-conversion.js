/*---
description: toUpperCase and toLowerCase, including special mappings
---*/

assert.sameValue("Hello".toUpperCase(), "HELLO");
assert.sameValue("ÀÉ".toLowerCase(), "àé");
assert.sameValue("ß".toUpperCase(), "SS");
assert.sameValue("İ".toLowerCase().length, 2);
