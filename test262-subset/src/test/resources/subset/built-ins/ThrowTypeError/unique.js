/*---
description: %ThrowTypeError% is one frozen function
---*/

var getter = Object.getOwnPropertyDescriptor((function () { "use strict"; return arguments; })(), "callee").get;
assert.sameValue(typeof getter, "function");
assert.throws(TypeError, getter);
assert.sameValue(Object.isFrozen(getter), true);
