/*---
description: break out of for-of calls the iterator's return method
features: [for-of, Symbol.iterator]
---*/

var returned = 0;
var iterable = {
  [Symbol.iterator]: function () {
    return {
      next: function () { return { value: 1, done: false }; },
      return: function () { returned++; return {}; }
    };
  }
};
for (var v of iterable) break;
assert.sameValue(returned, 1);
try {
  for (var w of iterable) throw new Error("x");
} catch (e) {}
assert.sameValue(returned, 2, "an exception closes the iterator too");
