/*---
description: Reading a let binding before its declaration throws a ReferenceError
features: [let]
---*/

assert.throws(ReferenceError, function () {
  x;
  let x;
});
assert.throws(ReferenceError, function () {
  let y = y;
});
