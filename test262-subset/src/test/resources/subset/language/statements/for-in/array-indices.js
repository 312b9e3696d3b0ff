/*---
description: for-in over an array gives index strings in order
---*/

var keys = [];
for (var k in ["a", "b", "c"]) keys.push(k);
assert.sameValue(keys.join(), "0,1,2");
assert.sameValue(typeof keys[0], "string");
