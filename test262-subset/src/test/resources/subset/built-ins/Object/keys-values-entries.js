/*---
description: Object.keys, values and entries list own enumerable string properties in order
includes: [compareArray.js]
---*/

var o = { b: 2, a: 1 };
Object.defineProperty(o, "hidden", { value: 0, enumerable: false });
o[Symbol()] = "sym";
assert.compareArray(Object.keys(o), ["b", "a"]);
assert.compareArray(Object.values(o), [2, 1]);
var e = Object.entries(o);
assert.sameValue(e.length, 2);
assert.compareArray(e[0], ["b", 2]);
assert.compareArray(Object.keys("ab"), ["0", "1"]);
assert.throws(TypeError, function () { Object.keys(null); });
