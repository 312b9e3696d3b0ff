/*---
description: keys, values and entries return array iterators
includes: [compareArray.js]
features: [Symbol.iterator]
---*/

var a = ["x", "y"];
assert.compareArray([...a.keys()], [0, 1]);
assert.compareArray([...a.values()], ["x", "y"]);
var e = [...a.entries()];
assert.compareArray(e[1], [1, "y"]);
assert.sameValue(a[Symbol.iterator], a.values);
var it = a.values();
assert.sameValue(it[Symbol.iterator](), it);
assert.sameValue(Object.prototype.toString.call(it), "[object Array Iterator]");
