/*---
description: find and findIndex return the first match
---*/

var a = [5, 12, 8, 130];
assert.sameValue(a.find(function (x) { return x > 10; }), 12);
assert.sameValue(a.findIndex(function (x) { return x > 10; }), 1);
assert.sameValue(a.find(function (x) { return x > 1000; }), undefined);
assert.sameValue(a.findIndex(function (x) { return x > 1000; }), -1);
var visited = 0;
[, ,].find(function () { visited++; });
assert.sameValue(visited, 2, "holes are visited");
