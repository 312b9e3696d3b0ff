/*---
description: findLast and findLastIndex search from the end
features: [array-find-from-last]
---*/

var a = [1, 2, 3, 4];
assert.sameValue(a.findLast(function (x) { return x % 2 === 1; }), 3);
assert.sameValue(a.findLastIndex(function (x) { return x % 2 === 1; }), 2);
