/*---
description: map uses the species constructor of the receiver
features: [class, Symbol.species]
---*/

class MyArray extends Array {}
var m = new MyArray(1, 2, 3);
var mapped = m.map(function (x) { return x; });
assert.sameValue(mapped instanceof MyArray, true);
assert.sameValue(mapped.length, 3);
assert.sameValue(Array[Symbol.species], Array);
