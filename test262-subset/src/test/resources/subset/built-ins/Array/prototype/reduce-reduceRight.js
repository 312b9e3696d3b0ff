/*---
description: reduce and reduceRight accumulate from either end
---*/

assert.sameValue([1, 2, 3].reduce(function (acc, v) { return acc + v; }), 6);
assert.sameValue([1, 2, 3].reduce(function (acc, v) { return acc + v; }, 10), 16);
assert.sameValue(["a", "b", "c"].reduceRight(function (acc, v) { return acc + v; }), "cba");
assert.throws(TypeError, function () { [].reduce(function () {}); });
assert.sameValue([, 5].reduce(function (a, v) { return a + v; }), 5, "holes are skipped");
