/*---
description: A derived constructor that never calls super throws a ReferenceError
features: [class]
---*/

class A {}
class B extends A { constructor() {} }
assert.throws(ReferenceError, function () { new B(); });
