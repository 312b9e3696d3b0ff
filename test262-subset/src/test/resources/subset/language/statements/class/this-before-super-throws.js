/*---
description: Using this before super() throws a ReferenceError
features: [class]
---*/

class A {}
class B extends A { constructor() { this.x = 1; super(); } }
assert.throws(ReferenceError, function () { new B(); });
