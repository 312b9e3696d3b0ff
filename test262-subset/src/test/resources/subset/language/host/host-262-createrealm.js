/*---
description: $262.createRealm gives a realm with its own intrinsics
features: [cross-realm]
---*/

var other = $262.createRealm();
var OtherArray = other.global.Array;
assert.notSameValue(OtherArray, Array);
var arr = other.evalScript("[1, 2, 3]");
assert.sameValue(arr instanceof Array, false);
assert.sameValue(Array.isArray(arr), true);
assert.sameValue(other.evalScript("typeof $262"), "object");
