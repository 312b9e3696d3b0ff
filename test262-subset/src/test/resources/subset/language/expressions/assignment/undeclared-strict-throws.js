/*---
description: Assigning to an undeclared name throws a ReferenceError in strict code
flags: [onlyStrict]
---*/

assert.throws(ReferenceError, function () {
  undeclaredInStrictCode = 1;
});
