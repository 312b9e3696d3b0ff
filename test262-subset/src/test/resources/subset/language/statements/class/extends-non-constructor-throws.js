/*---
description: Extending a non-constructor throws a TypeError
features: [class]
---*/

assert.throws(TypeError, function () { class X extends 1 {} });
assert.throws(TypeError, function () { var f = () => {}; class Y extends f {} });
