/*---
description: filter, map and forEach skip holes and pass value, index and array
includes: [compareArray.js]
---*/

var a = [1, , 3];
var seen = [];
a.forEach(function (v, i, arr) { seen.push(i + ":" + v); assert.sameValue(arr, a); });
assert.sameValue(seen.join(), "0:1,2:3");
var m = a.map(function (v) { return v * 2; });
assert.sameValue(m.length, 3);
assert.sameValue(1 in m, false);
assert.compareArray([1, 2, 3, 4].filter(function (v) { return v % 2 === 0; }), [2, 4]);
var ctx = { factor: 3 };
assert.compareArray([1, 2].map(function (v) { return v * this.factor; }, ctx), [3, 6]);
assert.throws(TypeError, function () { [1].map(); });
