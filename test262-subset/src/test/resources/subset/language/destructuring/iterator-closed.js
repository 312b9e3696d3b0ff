/*---
description: An array pattern closes the iterator when it does not exhaust it
features: [destructuring-binding, Symbol.iterator]
---*/

var closed = 0;
var iterable = {};
iterable[Symbol.iterator] = function () {
  var n = 0;
  return {
    next: function () { n++; return { value: n, done: false }; },
    return: function () { closed++; return {}; }
  };
};
var [first, second] = iterable;
assert.sameValue(first, 1);
assert.sameValue(second, 2);
assert.sameValue(closed, 1);
