/*---
description: flat flattens to a depth; flatMap maps then flattens once
includes: [compareArray.js]
features: [Array.prototype.flat, Array.prototype.flatMap]
---*/

var one = [1, [2, [3, [4]]]].flat();
assert.sameValue(one.length, 3);
assert.sameValue(Array.isArray(one[2]), true);
assert.sameValue(one[2][0], 3);
var deep = [1, [2, [3, [4]]]].flat(Infinity);
assert.compareArray(deep, [1, 2, 3, 4]);
assert.compareArray([1, 2].flatMap(function (x) { return [x, x * 10]; }), [1, 10, 2, 20]);
assert.compareArray([1, , 2].flat(), [1, 2], "holes removed");
