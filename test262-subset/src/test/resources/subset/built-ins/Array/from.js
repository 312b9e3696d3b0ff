/*---
description: Array.from converts iterables and array-likes, with a map function
includes: [compareArray.js]
---*/

assert.compareArray(Array.from("abc"), ["a", "b", "c"]);
assert.compareArray(Array.from({ length: 3, 0: "x", 2: "z" }), ["x", undefined, "z"]);
assert.compareArray(Array.from([1, 2, 3], function (v, i) { return v * 10 + i; }), [10, 21, 32]);
var it = {};
it[Symbol.iterator] = function () { var n = 0; return { next: function () { return { value: n, done: n++ >= 2 }; } }; };
assert.compareArray(Array.from(it), [0, 1]);
assert.throws(TypeError, function () { Array.from([], 1); });
