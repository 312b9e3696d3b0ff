/*---
description: typeof of a let binding in its temporal dead zone throws
---*/

assert.throws(ReferenceError, function () {
  typeof x;
  let x = 1;
});
