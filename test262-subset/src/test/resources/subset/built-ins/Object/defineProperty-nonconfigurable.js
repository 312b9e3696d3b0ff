/*---
description: A non-configurable property cannot be redefined incompatibly
---*/

var o = {};
Object.defineProperty(o, "fixed", { value: 1, writable: false, configurable: false });
assert.throws(TypeError, function () { Object.defineProperty(o, "fixed", { value: 2 }); });
assert.throws(TypeError, function () { Object.defineProperty(o, "fixed", { enumerable: true }); });
Object.defineProperty(o, "fixed", { value: 1 });
assert.sameValue(o.fixed, 1, "same value is allowed");
