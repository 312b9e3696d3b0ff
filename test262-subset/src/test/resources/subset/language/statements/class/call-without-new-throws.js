/*---
description: Calling a class constructor without new throws a TypeError
features: [class]
---*/

class C {}
assert.throws(TypeError, function () { C(); });
