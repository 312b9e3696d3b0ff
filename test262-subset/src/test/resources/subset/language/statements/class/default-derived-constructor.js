/*---
description: The default derived constructor passes all arguments to the parent
features: [class]
---*/

class A { constructor(a, b) { this.sum = a + b; } }
class B extends A {}
assert.sameValue(new B(2, 3).sum, 5);
