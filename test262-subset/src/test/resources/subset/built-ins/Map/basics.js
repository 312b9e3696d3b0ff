/*---
description: Map stores keys by SameValueZero in insertion order
includes: [compareArray.js]
features: [Map]
---*/

var m = new Map([[1, "one"], [NaN, "nan"]]);
m.set("k", "v");
assert.sameValue(m.get(NaN), "nan");
assert.sameValue(m.size, 3);
assert.sameValue(m.has(-0) || m.has(1), true);
m.delete(1);
assert.compareArray([...m.keys()].map(String), ["NaN", "k"]);
