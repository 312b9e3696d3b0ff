/*---
description: The ?? operator only replaces null and undefined
features: [coalesce-expression]
---*/

assert.sameValue(null ?? 1, 1);
assert.sameValue(undefined ?? 2, 2);
assert.sameValue(0 ?? 3, 0);
assert.sameValue("" ?? 4, "");
assert.sameValue(false ?? 5, false);
var calls = 0;
assert.sameValue(1 ?? calls++, 1);
assert.sameValue(calls, 0);
