/*---
description: for-of drives the iterator protocol of any object
features: [for-of, Symbol.iterator]
---*/

var iterable = {
  [Symbol.iterator]: function () {
    var i = 0;
    return { next: function () { i++; return { value: i * 10, done: i > 3 }; } };
  }
};
var out = [];
for (var v of iterable) out.push(v);
assert.sameValue(out.join(), "10,20,30");
