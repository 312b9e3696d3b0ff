/*---
description: sort with a comparator is stable
features: [stable-array-sort]
---*/

var items = [{ k: 2, id: "a" }, { k: 1, id: "b" }, { k: 2, id: "c" }, { k: 1, id: "d" }];
items.sort(function (x, y) { return x.k - y.k; });
assert.sameValue(items.map(function (i) { return i.id; }).join(""), "bdac");
assert.throws(TypeError, function () { [1, 2].sort("not a function"); });
var big = [];
for (var i = 0; i < 200; i++) big.push((i * 37) % 101);
big.sort(function (a, b) { return a - b; });
for (var j = 1; j < big.length; j++) assert(big[j - 1] <= big[j], "sorted at " + j);
