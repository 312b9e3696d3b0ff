/*---
description: Logical assignment operators assign only when needed
features: [logical-assignment-operators]
---*/

var a = 0, b = 1, c = null;
a ||= 5;
b &&= 7;
c ??= 9;
assert.sameValue(a, 5);
assert.sameValue(b, 7);
assert.sameValue(c, 9);
var setterCalls = 0;
var o = { get x() { return 1; }, set x(v) { setterCalls++; } };
o.x ||= 2;
assert.sameValue(setterCalls, 0, "no assignment when the value is truthy");
