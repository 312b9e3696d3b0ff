/*---
description: Destructuring null or undefined throws a TypeError
features: [destructuring-binding]
---*/

assert.throws(TypeError, function () { var { a } = null; });
assert.throws(TypeError, function () { var [b] = undefined; });
assert.throws(TypeError, function () { var {} = undefined; });
