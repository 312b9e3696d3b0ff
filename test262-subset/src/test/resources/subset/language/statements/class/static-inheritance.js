/*---
description: Static methods are inherited through the constructor prototype chain
features: [class]
---*/

class A { static create() { return new this(); } }
class B extends A {}
assert.sameValue(B.create() instanceof B, true);
